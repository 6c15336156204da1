using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AnnotateLibrary;

/// <summary>
/// Rewrites the C# files under one or more folders in place so that every type (<c>--types</c>, the default) or every
/// method (<c>--methods</c>) is instrumented. <c>--define A;B</c> names the preprocessor symbols of the build, so that
/// the methods in its active <c>#if</c> branches are found; net10.0's own symbols are always defined. <c>--skip T.M;U.N</c>
/// leaves those methods alone (in <c>--methods</c> mode).
/// </summary>
internal static class Program
{
    // What the SDK defines for a net10.0 build (Debug adds DEBUG and TRACE).
    private static readonly string[] Net10Symbols =
        new[] { "DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP" }
            .Concat(Enumerable.Range(5, 6).Select(major => $"NET{major}_0_OR_GREATER"))
            .Concat(new[] { "NETCOREAPP1_0_OR_GREATER", "NETCOREAPP1_1_OR_GREATER", "NETCOREAPP2_0_OR_GREATER", "NETCOREAPP2_1_OR_GREATER", "NETCOREAPP2_2_OR_GREATER", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER" })
            .ToArray();

    private static int Main(string[] args)
    {
        var methods = false;
        var symbols = new List<string>(Net10Symbols);
        var folders = new List<string>();
        var skip = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--methods": methods = true; break;
                case "--types": methods = false; break;
                case "--define" when i + 1 < args.Length:
                    symbols.AddRange(args[++i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--skip" when i + 1 < args.Length:
                    skip.AddRange(args[++i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                default: folders.Add(args[i]); break;
            }
        }

        if (folders.Count == 0 || folders.Any(folder => !Directory.Exists(folder)))
        {
            Console.Error.WriteLine("usage: AnnotateLibrary [--types | --methods] [--define SYMBOL;SYMBOL] [--skip Type.Method;Type.Method] <library source folder>...");
            return 2;
        }

        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithPreprocessorSymbols(symbols);
        IAnnotator annotator = methods ? new MethodAnnotator(options, skip) : new TypeAnnotator(options);
        var files = folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(IsSource).OrderBy(path => path, StringComparer.Ordinal))
            .Distinct();
        var changed = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var encoding = EncodingOf(bytes);
            var text = encoding.GetString(bytes, encoding.Preamble.Length, bytes.Length - encoding.Preamble.Length);
            var annotated = annotator.Annotate(text);
            if (!ReferenceEquals(annotated, text))
            {
                File.WriteAllText(file, annotated, encoding);
                changed++;
            }
        }

        Console.WriteLine($"{annotator.Summary}\n{changed} files changed");
        return 0;
    }

    // The file's byte order mark, if any, decides how it is read and written back: UTF-8 with or without it, UTF-16, else Latin-1.
    private static Encoding EncodingOf(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ when IsUtf8(bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        _ => Encoding.Latin1, // any other single-byte text: every byte read and written back as it was
    };

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsSource(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
            && !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }
}
