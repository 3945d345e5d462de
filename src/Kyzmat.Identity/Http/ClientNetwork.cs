using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace Kyzmat.Identity.Http;

/// <summary>
/// The key per-address limits count a client under: its IPv4 address, or the /64 network of its IPv6 address (one
/// household or one mobile subscriber gets a whole /64, so counting single IPv6 addresses lets one client rotate through
/// millions). Behind a reverse proxy the address is the client's only when the proxy is configured as known
/// (<c>Kyzmat:Proxy</c>); otherwise every client counts as the proxy.
/// </summary>
public static class ClientNetwork
{
    /// <summary>The client's address as recorded (IPv4-mapped IPv6 as IPv4), or null when there is none.</summary>
    public static string? AddressOf(HttpContext http) => Normalised(http?.Connection.RemoteIpAddress)?.ToString();

    /// <summary>The address limits are kept under: an IPv4 address, or an IPv6 /64 written as its prefix ("2001:db8:1:2::/64").</summary>
    public static string? LimitKeyOf(HttpContext http) => http?.Connection.RemoteIpAddress is { } address ? LimitKeyOf(address) : null;

    public static string LimitKeyOf(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var normalised = Normalised(address)!;
        if (normalised.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return normalised.ToString();
        }

        var bytes = normalised.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static IPAddress? Normalised(IPAddress? address) => address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
