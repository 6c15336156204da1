using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.Metrics;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Metrics.ServiceLevelObjectiveAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Metrics;

public sealed class ServiceLevelObjectiveAnalyzerTests
{
    [Fact]
    public Task Valid_objectives_are_not_reported() => Verifier.VerifyAsync("""
        public class Checkout
        {
            [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
            [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
            [ServiceLevelObjective("checkout-availability", 0.999)]
            public void Pay() { }

            [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
            [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
            public void Refund() { }

            [Measured]
            [ServiceLevelObjective("default-buckets", 0.99, LatencyThreshold = 0.25)]
            public void Default() { }

            [Measured]
            [ServiceLevelObjective("api-2", 0.9)]
            public void Numbered() { }
        }

        [Measured]
        public class Measured
        {
            [ServiceLevelObjective("through-the-type", 0.9, LatencyThreshold = 1)]
            public void M() { }
        }
        """);

    [Theory]
    [InlineData("0.3", "the nearest are 0.25 and 0.5")]
    [InlineData("20", "the largest is 10")]
    [InlineData("0.001", "the smallest is 0.005")]
    public async Task A_threshold_that_is_not_a_bucket_boundary_is_reported_at_the_argument_with_the_nearest_boundaries(string threshold, string nearest)
    {
        await Verifier.VerifyAsync($$"""
            public class C
            {
                [Measured]
                [ServiceLevelObjective("checkout-latency", 0.995, {|AI0040:LatencyThreshold = {{threshold}}|})]
                public void M() { }
            }
            """);

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            new ServiceLevelObjectiveAnalyzer(),
            $"public class C {{ [Measured] [ServiceLevelObjective(\"checkout-latency\", 0.995, LatencyThreshold = {threshold})] public void M() {{ }} }}");
        Assert.Contains($"is not a bucket boundary of 'method.duration' ({nearest})", Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public Task A_threshold_off_explicit_buckets_is_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Measured("checkout.duration", Buckets = new[] { 0.1, 0.5 })]
            [ServiceLevelObjective("checkout-latency", 0.995, {|AI0040:LatencyThreshold = 0.25|})]
            public void M() { }
        }
        """);

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("99.5")]
    [InlineData("-0.5")]
    [InlineData("double.NaN")]
    public Task A_target_outside_zero_and_one_is_reported(string target) => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured]
            [ServiceLevelObjective("checkout", {|AI0041:{{target}}|})]
            public void M() { }
        }
        """);

    [Theory]
    [InlineData("0")]
    [InlineData("-7")]
    public Task A_window_that_is_not_positive_is_reported(string days) => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured]
            [ServiceLevelObjective("checkout", 0.99, {|AI0042:WindowDays = {{days}}|})]
            public void M() { }
        }
        """);

    [Fact]
    public Task An_objective_on_a_method_that_is_not_measured_is_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced]
            [{|AI0043:ServiceLevelObjective("checkout", 0.99)|}]
            public void Traced() { }

            [{|AI0043:ServiceLevelObjective("plain", 0.99)|}]
            public void Plain() { }
        }

        [Measured]
        public class OnType
        {
            [{|AI0043:ServiceLevelObjective("private-method", 0.99)|}]
            private void NotPublic() { }
        }
        """);

    [Fact]
    public Task Declarations_of_one_name_that_disagree_are_reported_after_the_first() => Verifier.VerifyAsync("""
        public class C
        {
            [Measured]
            [ServiceLevelObjective("checkout", 0.99)]
            public void First() { }

            [Measured]
            [{|AI0044:ServiceLevelObjective("checkout", 0.999)|}]
            public void OtherTarget() { }

            [Measured]
            [{|AI0044:ServiceLevelObjective("checkout", 0.99, WindowDays = 7)|}]
            public void OtherWindow() { }

            [Measured]
            [{|AI0044:ServiceLevelObjective("checkout", 0.99, LatencyThreshold = 0.5)|}]
            public void OtherKind() { }

            [Measured("other.duration")]
            [{|AI0044:ServiceLevelObjective("checkout", 0.99)|}]
            public void OtherInstrument() { }

            [Measured]
            [ServiceLevelObjective("checkout", 0.99, WindowDays = 30)]
            public void Same() { }
        }
        """);

    [Fact]
    public async Task The_conflict_message_names_both_methods_and_the_difference()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new ServiceLevelObjectiveAnalyzer(), """
            public class C
            {
                [Measured] [ServiceLevelObjective("checkout", 0.99)] public void A() { }
                [Measured] [ServiceLevelObjective("checkout", 0.999, WindowDays = 7)] public void B() { }
            }
            """);

        Assert.Equal(
            "Objective 'checkout' on 'C.B' disagrees with its declaration on 'C.A' (target 0.999 instead of 0.99, window 7 days instead of 30), so the objective is left out of the rules; one name is one indicator: give every declaration the same target, window, threshold and instrument, or use another name",
            Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Checkout")]
    [InlineData("checkout latency")]
    [InlineData("checkout_latency")]
    [InlineData("1checkout")]
    [InlineData("checkout-")]
    [InlineData("check--out")]
    [InlineData("checkout.latency")]
    public Task An_invalid_name_is_reported(string name) => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured]
            [ServiceLevelObjective({|AI0045:"{{name}}"|}, 0.99)]
            public void M() { }
        }
        """);

    [Fact]
    public Task A_name_longer_than_63_characters_is_reported() => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured]
            [ServiceLevelObjective({|AI0045:"{{new string('a', 64)}}"|}, 0.99)]
            [ServiceLevelObjective("{{new string('b', 63)}}", 0.99)]
            public void M() { }
        }
        """);
}
