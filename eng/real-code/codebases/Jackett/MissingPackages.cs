// Stand-ins for three packages the local mirror does not serve (FlareSolverrSharp, DotNet4.SocksProxy, MimeMapping):
// only the members Jackett.Common uses, so that it compiles as it does with the packages.
namespace FlareSolverrSharp
{
    public class ClearanceHandler : System.Net.Http.DelegatingHandler
    {
        public ClearanceHandler(string flareSolverrApiUrl) { }
        public int MaxTimeout { get; set; }
        public string ProxyUrl { get; set; }
        public string ProxyUsername { get; set; }
        public string ProxyPassword { get; set; }
    }
}

namespace com.LandonKey.SocksWebProxy.Proxy
{
    public class ProxyConfig
    {
        public enum SocksVersion { Four, Five }
        public System.Net.IPAddress SocksAddress { get; set; }
        public int SocksPort { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public SocksVersion Version { get; set; }
    }
}

namespace com.LandonKey.SocksWebProxy
{
    public sealed class SocksWebProxy : System.Net.IWebProxy, System.IDisposable
    {
        public SocksWebProxy(Proxy.ProxyConfig config, bool allowBypass) { }
        public System.Net.ICredentials Credentials { get; set; }
        public System.Uri GetProxy(System.Uri destination) => destination;
        public bool IsBypassed(System.Uri host) => false;
        public void Dispose() { }
    }
}

namespace MimeMapping
{
    public static class MimeUtility
    {
        public static string GetMimeMapping(string file) => "application/octet-stream";
    }
}
