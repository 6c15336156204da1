using System;
using System.IO;
using System.Linq;
using System.Text;

namespace AnnotateLibrary;

/// <summary>Rewrites the C# files under a folder in place so that every class, struct, interface and record is instrumented.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: AnnotateLibrary <library source folder>");
            return 2;
        }

        var files = Directory.EnumerateFiles(args[0], "*.cs", SearchOption.AllDirectories)
            .Where(IsSource)
            .OrderBy(path => path, StringComparer.Ordinal);
        var annotator = new TypeAnnotator();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: HasByteOrderMark(bytes));
            var text = File.ReadAllText(file);
            var annotated = annotator.Annotate(text);
            if (!ReferenceEquals(annotated, text))
            {
                File.WriteAllText(file, annotated, encoding);
            }
        }

        Console.WriteLine($"{annotator.AnnotatedCount} type declarations annotated, {annotator.SkippedPartialCount} further partial declarations left as they were");
        return 0;
    }

    private static bool HasByteOrderMark(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static bool IsSource(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
            && !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }
}
