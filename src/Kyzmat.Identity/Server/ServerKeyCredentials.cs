using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using OpenIddict.Server;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Hands <see cref="ServerKeys"/> to OpenIddict when its options are first built — after the database is initialised,
/// where generated keys live — instead of at registration, as OpenIddict's builder methods would. The credentials are
/// the ones those methods make for RSA certificates and a 256-bit AES key.
/// </summary>
internal static class ServerKeyCredentials
{
    public static void AddToServer(IServiceCollection services) =>
        services.AddOptions<OpenIddictServerOptions>().Configure<ServerKeys>((options, keys) =>
        {
            options.SigningCredentials.AddRange(keys.Signing.Select(Signing));
            // The symmetric key encrypts new tokens; the certificates still decrypt older ones.
            options.EncryptionCredentials.Add(new EncryptingCredentials(keys.TokenEncryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            options.EncryptionCredentials.AddRange(keys.Encryption.Select(Encrypting));
        });

    public static void AddToClient(IServiceCollection services) =>
        services.AddOptions<OpenIddictClientOptions>().Configure<ServerKeys>((options, keys) =>
        {
            options.SigningCredentials.AddRange(keys.Signing.Select(Signing));
            options.EncryptionCredentials.AddRange(keys.Encryption.Select(Encrypting));
        });

    private static SigningCredentials Signing(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        new(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256);

    private static EncryptingCredentials Encrypting(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        new(new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512);
}
