// Stand-in for BencodeNET, which the local mirror does not serve: only the members Jackett.Server uses.
namespace BencodeNET.Objects
{
    public interface IBObject
    {
        byte[] EncodeAsBytes();
    }
}

namespace BencodeNET.Parsing
{
    public sealed class BencodeParser
    {
        public Objects.IBObject Parse(byte[] bytes) => throw new System.NotSupportedException();
    }
}
