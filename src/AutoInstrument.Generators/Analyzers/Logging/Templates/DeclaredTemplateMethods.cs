using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// The names of the methods that declare themselves template methods with Serilog's or NLog's
/// <c>[MessageTemplateFormatMethod]</c>: in the compilation's source (read from declarations, never from bodies) and
/// in the referenced assemblies built against Serilog or NLog. A call of any other name that is not a logging
/// library's own cannot take a template, and is rejected before it is bound. A referenced assembly is read once and
/// its names kept with it: the IDE's repeated compilations, and every project that references it, share the same
/// assembly symbol.
/// </summary>
internal static class DeclaredTemplateMethods
{
    private const string AttributeName = "MessageTemplateFormatMethod";

    private static readonly ConditionalWeakTable<IAssemblySymbol, IReadOnlyCollection<string>> PerAssembly = new();

    public static IReadOnlyCollection<string> Names(Compilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var declarations = tree.GetRoot().DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);
            foreach (var method in declarations.OfType<MethodDeclarationSyntax>())
            {
                if (method.AttributeLists.SelectMany(list => list.Attributes).Any(IsFormatMethodAttribute))
                {
                    names.Add(method.Identifier.ValueText);
                }
            }
        }

        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.Where(BuiltAgainstALoggingLibrary))
        {
            names.UnionWith(PerAssembly.GetValue(assembly, MarkedMethodNames));
        }

        return names;
    }

    private static IReadOnlyCollection<string> MarkedMethodNames(IAssemblySymbol assembly)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        AddMarkedMethods(assembly.GlobalNamespace, names);
        return names;
    }

    /// <summary>
    /// Serilog's or NLog's attribute, told by its full name: the names are kept with the assembly, for every
    /// compilation that references it, so they must not depend on one compilation's symbols.
    /// </summary>
    private static bool IsFormatMethodAttribute(AttributeData attribute) =>
        attribute.AttributeClass is { Name: AttributeName + "Attribute" } type
        && type.ContainingNamespace?.ToDisplayString() is "Serilog.Core" or "NLog";

    private static bool IsFormatMethodAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name is AttributeName or AttributeName + "Attribute";
    }

    /// <summary>
    /// An assembly of the application's own that uses Serilog or NLog. The libraries and their sinks, targets and
    /// extensions are left out: their template methods carry the names the library's types are recognised by.
    /// </summary>
    private static bool BuiltAgainstALoggingLibrary(IAssemblySymbol assembly) =>
        !IsLibraryPackage(assembly.Name)
        && assembly.Modules.SelectMany(module => module.ReferencedAssemblies).Any(reference => reference.Name is "Serilog" or "NLog");

    private static bool IsLibraryPackage(string name) =>
        name.StartsWith("Serilog", StringComparison.Ordinal) || name.StartsWith("NLog", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name.StartsWith("System.", StringComparison.Ordinal);

    private static void AddMarkedMethods(INamespaceOrTypeSymbol container, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                AddMarkedMethods(nested, names);
            }
            else if (member is IMethodSymbol method && !names.Contains(method.Name) && method.GetAttributes().Any(IsFormatMethodAttribute))
            {
                names.Add(method.Name);
            }
        }
    }
}
