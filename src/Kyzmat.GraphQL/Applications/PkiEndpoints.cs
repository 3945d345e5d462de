using Kyzmat.Recruitment.Signatures.Pki;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kyzmat.GraphQL.Applications;

/// <summary>
/// The issuing CA's certificate (<c>GET /pki/ca.cer</c>) and revocation list (<c>GET /pki/crl</c>), DER, for anyone
/// who validates a signed application without asking us: the certificates name the list's address.
/// </summary>
public static class PkiEndpoints
{
    public static void MapKyzmatPki(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + IssuingAuthority.CaPath, (IssuingAuthority authority, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.File(authority.Certificate.RawData, "application/pkix-cert", "kyzmat-ca.cer");
        });
        endpoints.MapGet("/" + IssuingAuthority.CrlPath, async (CitizenCertificates certificates, HttpContext http) =>
        {
            // Revocations must show at once; a validator may still keep the list until its nextUpdate.
            http.Response.Headers.CacheControl = "no-cache";
            return Results.File(await certificates.RevocationListAsync(http.RequestAborted), "application/pkix-crl", "kyzmat.crl");
        });
    }
}
