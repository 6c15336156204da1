using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Usage.SpanKindAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Usage;

public sealed class SpanKindAnalyzerTests
{
    [Fact]
    public Task A_kind_outside_ActivityKind_is_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced({|AI0021:Kind = (ActivityKind)42|})]
            public void M() { }

            [Traced("named", {|AI0021:Kind = (ActivityKind)(-1)|})]
            public void N() { }
        }

        [Traced({|AI0021:Kind = (ActivityKind)5|})]
        public class OnType { public void M() { } }
        """);

    [Fact]
    public Task Every_ActivityKind_member_is_accepted() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced(Kind = ActivityKind.Internal)] public void A() { }
            [Traced(Kind = ActivityKind.Server)] public void B() { }
            [Traced(Kind = ActivityKind.Client)] public void D() { }
            [Traced(Kind = ActivityKind.Producer)] public void E() { }
            [Traced(Kind = ActivityKind.Consumer)] public void F() { }
            [Traced(Kind = (ActivityKind)2)] public void G() { }
            [Traced] public void H() { }
        }
        """);
}
