namespace AutoInstrument.Generators.Tests.Matrix;

/// <summary>
/// One cell of the matrix: a declaration shape, a return kind, the parameters and the call-site context, written as a
/// file of its own with the instrumentation attribute left as <see cref="AttributeSlot"/>.
/// </summary>
/// <param name="Id">The case's namespace and file name, e.g. <c>Case12</c>.</param>
/// <param name="Description">What the case combines, for test output.</param>
/// <param name="Source">The file, with the attribute slot.</param>
/// <param name="Intercepted">Whether calls are instrumented; when not, <paramref name="ExpectedDiagnostics"/> says why.</param>
/// <param name="ExpectedDiagnostics">The AutoInstrument diagnostics the case draws, reported in its own file.</param>
public sealed record MatrixCase(string Id, string Description, string Source, bool Intercepted, IReadOnlyList<string> ExpectedDiagnostics)
{
    public const string AttributeSlot = "/*INSTRUMENT*/";

    public string Instrumented => Source.Replace(AttributeSlot, "[Traced, Measured]");

    public string Plain => Source.Replace(AttributeSlot, string.Empty);

    public string FilePath => $"/src/{Id}.cs";

    public override string ToString() => $"{Id}: {Description}";
}
