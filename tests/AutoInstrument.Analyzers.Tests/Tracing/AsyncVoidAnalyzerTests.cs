using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Tracing.AsyncVoidAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class AsyncVoidAnalyzerTests
{
    [Fact]
    public Task An_instrumented_async_void_method_is_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced]
            public async void {|AI0013:Fire|}() => await Task.Yield();

            [Measured]
            public async void {|AI0013:Measure|}() => await Task.Yield();
        }

        [Traced]
        public class Handlers
        {
            public async void {|AI0013:OnClick|}(object sender, EventArgs e) => await Task.Yield();
        }
        """);

    [Fact]
    public Task A_partial_form_whose_body_is_async_void_is_reported() => Verifier.VerifyAsync("""
        public partial class C
        {
            [Traced]
            public partial void {|AI0013:Fire|}();

            private async void FireCore() => await Task.Yield();
        }

        // Stands in for the implementation the generator writes.
        public partial class C
        {
            public partial void Fire() => FireCore();
        }
        """);

    [Fact]
    public Task Async_Task_methods_and_uninstrumented_async_void_methods_are_not_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced]
            public async Task Fire() => await Task.Yield();

            [Traced]
            public void Sync() { }

            public async void NotInstrumented() => await Task.Yield();
        }

        [Traced]
        public class Handlers
        {
            private async void Private() => await Task.Yield();
        }
        """);
}
