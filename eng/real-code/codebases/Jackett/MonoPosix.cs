// Stand-in for Mono.Posix, which the local mirror does not serve: only the members Jackett.Server uses.
namespace Mono.Unix
{
    [System.Flags]
    public enum FileAccessPermissions
    {
        OtherRead = 4,
        GroupRead = 32,
        UserReadWriteExecute = 448,
    }

    public sealed class UnixFileInfo
    {
        public UnixFileInfo(string path) { }
        public FileAccessPermissions FileAccessPermissions { get; set; }
    }
}
