using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests.Matrix;

/// <summary>
/// For every case of <see cref="ShapeMatrix"/>: the generated code compiles warning-free under the caller's settings
/// (nullable on), or the call is left alone with a diagnostic in the user's file; and the program does the same with
/// and without the attribute, with and without a listener.
/// </summary>
public sealed class ShapeMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    public static TheoryData<MatrixCase> Cases() => new(ShapeMatrix.Cases);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_a_warning_on_net10(MatrixCase matrixCase) =>
        Assert.Empty(fixture.Instrumented(TargetFramework.Net100).InGeneratedCodeOf(matrixCase).Select(d => d.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_without_a_warning_on_net8(MatrixCase matrixCase) =>
        Assert.Empty(fixture.Instrumented(TargetFramework.Net80).InGeneratedCodeOf(matrixCase).Select(d => d.ToString()));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draws_exactly_the_expected_diagnostics_in_the_users_file(MatrixCase matrixCase)
    {
        var reported = fixture.Instrumented(TargetFramework.Net100).Diagnostics
            .Where(d => d.Location.SourceTree?.FilePath == matrixCase.FilePath || d.Location.GetLineSpan().Path == matrixCase.FilePath)
            .ToList();

        Assert.Equal(matrixCase.ExpectedDiagnostics.Order(), reported.Select(d => d.Id).Distinct().Order());
        Assert.All(reported, d => Assert.StartsWith("AI", d.Id, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_instrumented_unless_a_diagnostic_says_why_not(MatrixCase matrixCase)
    {
        var outcomes = fixture.InstrumentedOutcomes;
        Assert.Null(outcomes.Failure);

        Assert.Equal(matrixCase.Intercepted, outcomes.Spans[matrixCase.Id] > 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves_as_without_the_attribute_with_nobody_listening(MatrixCase matrixCase)
    {
        Assert.Null(fixture.InstrumentedOutcomes.Failure);

        Assert.Equal(fixture.PlainOutcomes.Unobserved[matrixCase.Id], fixture.InstrumentedOutcomes.Unobserved[matrixCase.Id]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves_as_without_the_attribute_with_a_listener(MatrixCase matrixCase)
    {
        Assert.Null(fixture.InstrumentedOutcomes.Failure);

        Assert.Equal(fixture.PlainOutcomes.Observed[matrixCase.Id], fixture.InstrumentedOutcomes.Observed[matrixCase.Id]);
    }

    [Fact]
    public void The_program_compiles_without_the_attribute()
    {
        Assert.Null(fixture.PlainOutcomes.Failure);
        Assert.DoesNotContain(fixture.PlainOutcomes.Unobserved.Values, v => v.StartsWith("runner failed", StringComparison.Ordinal));
    }
}
