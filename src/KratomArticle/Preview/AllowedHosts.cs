using Microsoft.AspNetCore.Http;

namespace KratomArticle.Preview;

/// <summary>
/// The host names the preview answers to: <c>localhost</c> and IP addresses. A page on another site can point a name of
/// its own at this computer (DNS rebinding) and then read the preview, and open its live-reload socket, as its own
/// origin; requests naming any other host are refused.
/// </summary>
internal static class AllowedHosts
{
    public static bool Allows(HostString host) =>
        !host.HasValue
        || host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || Uri.CheckHostName(host.Host) is UriHostNameType.IPv4 or UriHostNameType.IPv6;
}
