using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GeneratorCost;

/// <summary>
/// What the generator keeps across compilations, checked on real code: file after file, a line is added at the top of
/// its first method body (every later call and declaration of the file moves), and the output of the driver that saw
/// every earlier edit must be byte-identical to a new driver's over freshly parsed trees.
/// </summary>
internal static class BodyEdits
{
    public static int Run(CscCommandLine project, Func<IIncrementalGenerator> create)
    {
        var compilation = project.Compile();
        var warm = project.CreateDriver(create()).RunGenerators(compilation);
        int edited = 0, different = 0;
        foreach (var tree in compilation.SyntaxTrees.ToArray())
        {
            var body = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Body).FirstOrDefault(b => b is not null);
            if (body is null)
            {
                continue;
            }

            var current = compilation.SyntaxTrees.Single(t => t.FilePath == tree.FilePath);
            var edit = new TextChange(new TextSpan(body.OpenBraceToken.Span.End, 0), "\n            var addedByTheEdit = 0;");
            compilation = compilation.ReplaceSyntaxTree(current, current.WithChangedText(current.GetText().WithChanges(edit)));
            warm = warm.RunGenerators(compilation);
            var cold = project.CreateDriver(create()).RunGenerators(Reparsed(compilation));
            edited++;
            if (Output(warm) != Output(cold))
            {
                different++;
                Console.WriteLine($"different after the edit of {tree.FilePath}");
            }
        }

        Console.WriteLine($"{edited} files edited one after another: the warm output differs from the cold one after {different} of the edits");
        return different == 0 ? 0 : 1;
    }

    private static Compilation Reparsed(Compilation compilation) => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
        compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)));

    private static string Output(GeneratorDriver driver) =>
        string.Join("\n", driver.GetRunResult().Results[0].GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
}
