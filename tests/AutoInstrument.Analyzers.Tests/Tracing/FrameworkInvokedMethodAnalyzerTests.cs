using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.CodeFixes.Tracing;
using AutoInstrument.Generators.Analyzers.Tracing;
using Microsoft.CodeAnalysis;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Tracing.FrameworkInvokedMethodAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class FrameworkInvokedMethodAnalyzerTests
{
    /// <summary>The framework types the rule recognises, as ASP.NET Core and SignalR declare them.</summary>
    private const string Framework = """
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }
            public sealed class NonActionAttribute : System.Attribute { }
            public sealed class HttpGetAttribute : Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute { }
        }

        namespace Microsoft.AspNetCore.Mvc.Routing
        {
            public abstract class HttpMethodAttribute : System.Attribute { }
        }

        namespace Microsoft.AspNetCore.SignalR
        {
            public abstract class Hub { }
        }
        """;

    [Fact]
    public Task Controller_actions_routed_methods_and_hub_methods_without_calls_are_reported() => Verifier.VerifyAsync("""
        public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Traced]
            public string {|AI0016:Get|}(int id) => "order" + id;
        }

        [Measured]
        public class UsersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            public string {|AI0016:List|}() => "users";
        }

        public class Health
        {
            [Traced, Microsoft.AspNetCore.Mvc.HttpGet]
            public string {|AI0016:Ping|}() => "pong";
        }

        public class ChatHub : Microsoft.AspNetCore.SignalR.Hub
        {
            [Traced]
            public Task {|AI0016:Send|}(string message) => Task.CompletedTask;
        }
        """, otherSources: Framework);

    [Fact]
    public Task The_entry_point_of_a_program_is_reported() => Verifier.VerifyAsync("""
        public static class Program
        {
            [Traced]
            public static async Task {|AI0016:Main|}(string[] args) => await Task.Yield();
        }
        """, OutputKind.ConsoleApplication);

    [Fact]
    public Task Methods_called_in_the_compilation_library_methods_and_non_actions_are_not_reported() => Verifier.VerifyAsync("""
        public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Traced]
            public string Get(int id) => "order" + id;

            [Traced, Microsoft.AspNetCore.Mvc.NonAction]
            public string Helper() => "help";

            [Traced]
            internal string Internal() => "internal";

            public string Summary() => Get(1);
        }

        public class Library
        {
            [Traced]
            public int Compute(int x) => x;
        }

        public static class Program
        {
            [Traced]
            public static void Main() { }
        }
        """, otherSources: Framework);

    [Fact]
    public async Task The_partial_form_fix_is_offered_on_a_controller_action()
    {
        const string source = """
            using AutoInstrument;

            namespace Microsoft.AspNetCore.Mvc
            {
                public abstract class ControllerBase { }
            }

            public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
            {
                [Traced]
                public string Get([Tag("order.id")] int id) => "order" + id;
            }
            """;

        var result = await GeneratorFixRunner.ApplyAsync(source, "AI0016", new ConvertToPartialFormFixer(), new FrameworkInvokedMethodAnalyzer());

        Assert.Equal("Convert 'Get' to the partial form", result.Title);
        Assert.Contains("public partial class OrdersController", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("public partial string Get([Tag(\"order.id\")] int id);", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("private string GetCore(int id) => \"order\" + id;", result.FixedSource, StringComparison.Ordinal);
        Assert.Empty(result.DiagnosticsAfter);
    }
}
