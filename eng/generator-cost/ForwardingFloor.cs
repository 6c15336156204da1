using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GeneratorCost;

/// <summary>
/// The forwarding floor of a real project: AutoInstrument's interceptors file with every wrapper cut down to the call it
/// forwards when nobody listens, and every instrumented path removed. It keeps every <c>InterceptsLocation</c>, every
/// signature and every accessor of an inaccessible target, so it intercepts the same calls with the least code any
/// interceptor needs; built beside the binding floor, it is what an interceptor that adds nothing costs on that project.
/// </summary>
internal static class ForwardingFloor
{
    public static (string Text, int Sites, int Forwarders) Rewrite(string interceptors)
    {
        var root = CSharpSyntaxTree.ParseText(interceptors).GetCompilationUnitRoot();
        var rewritten = (CompilationUnitSyntax)new Rewriter().Visit(root);
        var forwarders = rewritten.DescendantNodes().OfType<MethodDeclarationSyntax>().Count(m => InterceptsLocations(m).Any());
        var sites = rewritten.DescendantNodes().OfType<AttributeSyntax>().Count(IsInterceptsLocation);
        var before = root.DescendantNodes().OfType<AttributeSyntax>().Count(IsInterceptsLocation);
        if (sites != before)
        {
            throw new InvalidOperationException($"{before - sites} InterceptsLocation attributes lost");
        }

        return (rewritten.NormalizeWhitespace().ToFullString(), sites, forwarders);
    }

    // What keeps a wrapper out of stack traces and inlines its check; the rest (Obsolete, …) a forwarder needs as well.
    private static bool IsWrapperOnly(AttributeSyntax attribute) =>
        attribute.Name.ToString() is var name && (name.EndsWith("StackTraceHidden") || name.EndsWith("MethodImpl"));

    private static bool IsInterceptsLocation(AttributeSyntax attribute) => attribute.Name.ToString().EndsWith("InterceptsLocation");

    private static IEnumerable<AttributeSyntax> InterceptsLocations(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(list => list.Attributes).Where(IsInterceptsLocation);

    private sealed class Rewriter : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax method)
        {
            if (method.Identifier.Text.EndsWith("_Instrumented"))
            {
                return null;
            }

            // A wrapper opens with the check of its listeners; the block it guards is the forwarding call.
            if (method.Body?.Statements.FirstOrDefault() is IfStatementSyntax { Statement: BlockSyntax forward } check &&
                check.Condition.ToString().Contains("HasListeners()"))
            {
                var attributes = SyntaxFactory.List(method.AttributeLists
                    .Select(list => list.WithAttributes(SyntaxFactory.SeparatedList(list.Attributes.Where(attribute => !IsWrapperOnly(attribute)))))
                    .Where(list => list.Attributes.Count > 0));
                return method.WithAttributeLists(attributes).WithBody(forward);
            }

            return method;
        }
    }
}
