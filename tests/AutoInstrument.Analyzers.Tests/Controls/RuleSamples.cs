namespace AutoInstrument.Analyzers.Tests.Controls;

/// <summary>
/// One piece of code per rule that draws that rule once, at the span marked <c>{|#0:…|}</c>: what the control tests
/// configure, suppress and promote. Every sample is in the namespace <c>Samples</c>, which a scoped
/// <c>[SuppressMessage]</c> names.
/// </summary>
internal static class RuleSamples
{
    /// <summary>Types a sample needs beside it: an ASP.NET Core controller base, Serilog's text sinks.</summary>
    public const string Support = """
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }
        }

        namespace Serilog
        {
            using Serilog.Configuration;

            public static class TextSinks
            {
                public static LoggerConfiguration Console(this LoggerSinkConfiguration sinks, string outputTemplate = "{Message}") => null!;
            }
        }
        """;

    private const string Logging = """
        public class Orders
        {
            private readonly Microsoft.Extensions.Logging.ILogger<Orders> _logger = null!;
            private readonly Serilog.ILogger _serilog = null!;

            public void Place(int id, Activity activity)
            {
                BODY
            }
        }
        """;

    /// <summary>
    /// The analyzer options a rule reads besides the control's, for the rules that do nothing unless configured: an
    /// .editorconfig beside the sample, in <c>/src</c>, as a project's own sits under the repository's.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Options = new Dictionary<string, string>
    {
        ["AI0022"] = "autoinstrument.boundary.name_patterns = *Service",
    };

    /// <summary>The rule, whether the sample compiles with interceptors opted in, and the code.</summary>
    public static readonly (string Id, bool Interceptors, string Source)[] All =
    [
        ("AI0001", false, "public class C { [Traced] public void {|#0:M|}() { } void N() { M(); } }"),
        ("AI0002", true, "public class C { [Traced] public void M([{|#0:Tag|}] object value) { } }"),
        ("AI0003", true, "public class C { int _x; [Traced] public ref int {|#0:M|}() => ref _x; }"),
        ("AI0004", true, "public class C { [Traced] public int Get() => 1; public Func<int> Make() => {|#0:Get|}; }"),
        ("AI0005", true, "public class Outer { private class C { [Traced] public void {|#0:M|}() { } void N() { M(); } } }"),
        ("AI0006", true, "public partial class C { [Traced] public partial int {|#0:M|}(int x); }"),
        ("AI0007", true, """
            public sealed class Later { public System.Runtime.CompilerServices.TaskAwaiter GetAwaiter() => Task.CompletedTask.GetAwaiter(); }
            public class C { [Traced] public Later {|#0:M|}() => new Later(); }
            """),
        ("AI0008", true, "public class C { [Traced({|#0:\" \"|})] public void M() { } }"),
        ("AI0009", true, "public class C { [Measured(Buckets = new[] { 0.1, {|#0:-1.0|} })] public void M() { } }"),
        ("AI0010", true, "public class C { [Measured] public void M([{|#0:MetricTag|}] string value) { } }"),
        ("AI0011", true, "public interface IRepo { int Get(); } public class Repo : IRepo { [Traced] public int {|#0:Get|}() => 1; }"),
        ("AI0012", true, """
            public interface IRepo { [Traced] int Get(); }
            public class Repo : IRepo { public int Get() => 1; }
            public class Caller { public int Load(Repo repo) => {|#0:repo.Get()|}; }
            """),
        ("AI0013", true, "public class C { [Traced] public async void {|#0:Fire|}() => await Task.Yield(); }"),
        ("AI0014", true, "public class C { [Traced] public IEnumerator<int> {|#0:Numbers|}() { yield return 1; } }"),
        ("AI0015", true, "public class C { public int M() { Func<int, int> square = [{|#0:Traced|}] (int x) => x * x; return square(2); } }"),
        ("AI0016", true, "public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase { [Traced] public string {|#0:Get|}(int id) => \"order\" + id; }"),
        ("AI0017", true, "public class C { [Traced] public void M([Tag(\"user.id\")] int a, [{|#0:Tag(\"user.id\")|}] int b) { } }"),
        ("AI0018", true, "public class C { [Traced] public void M([{|#0:Tag(\"code.function.name\")|}] string a) { } }"),
        ("AI0019", true, "public class C { [Measured({|#0:\"1.duration\"|})] public void M() { } }"),
        ("AI0020", true, """
            public class C
            {
                [Measured("checkout.duration", Description = "Checking out.")] public void Pay() { }
                [{|#0:Measured("checkout.duration", Description = "Paying.")|}] public void Retry() { }
            }
            """),
        ("AI0021", true, "public class C { [Traced({|#0:Kind = (ActivityKind)42|})] public void M() { } }"),
        ("AI0022", true, "public class OrderService { public int {|#0:Place|}(int item) => item; }"),
        ("AI0040", true, "public class C { [Measured] [ServiceLevelObjective(\"checkout-latency\", 0.995, {|#0:LatencyThreshold = 0.3|})] public void M() { } }"),
        ("AI0041", true, "public class C { [Measured] [ServiceLevelObjective(\"checkout\", {|#0:99.5|})] public void M() { } }"),
        ("AI0042", true, "public class C { [Measured] [ServiceLevelObjective(\"checkout\", 0.995, {|#0:WindowDays = 0|})] public void M() { } }"),
        ("AI0043", true, "public class C { [{|#0:ServiceLevelObjective(\"checkout\", 0.995)|}] public void M() { } }"),
        ("AI0044", true, """
            public class C
            {
                [Measured] [ServiceLevelObjective("checkout", 0.99)] public void Pay() { }
                [Measured] [{|#0:ServiceLevelObjective("checkout", 0.999)|}] public void Refund() { }
            }
            """),
        ("AI0045", true, "public class C { [Measured] [ServiceLevelObjective({|#0:\"Checkout Latency\"|}, 0.995)] public void M() { } }"),
        ("AI1001", true, Logging.Replace("BODY", "Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(_logger, {|#0:$\"User {id} failed\"|});")),
        ("AI1002", true, Logging.Replace("BODY", "_serilog.Information({|#0:\"User {UserId} from {Ip}\"|}, id);")),
        ("AI1003", true, Logging.Replace("BODY", "Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(_logger, {|#0:\"User {Id} placed order {Id}\"|}, id, 42);")),
        ("AI1004", true, Logging.Replace("BODY", "Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(_logger, {|#0:\"User {0} placed order {OrderId}\"|}, id, 42);")),
        ("AI1005", true, Logging.Replace("BODY", "using var scope = Microsoft.Extensions.Logging.LoggerExtensions.BeginScope(_logger, \"checkout\"); using var flat = _logger.BeginScope({|#0:$\"order {id}\"|});")),
        ("AI1101", true, """
            using Microsoft.Extensions.Logging;
            public static class Setup
            {
                public static void Configure() { using var factory = {|#0:LoggerFactory.Create|}(builder => builder.AddConsole()); }
            }
            """),
        ("AI1102", true, """
            using Microsoft.Extensions.Logging;
            public static class Setup
            {
                public static void Configure() { using var factory = LoggerFactory.Create(builder => builder.{|#0:AddJsonConsole|}()); }
            }
            """),
        ("AI1103", true, """
            using Serilog;
            public static class Setup
            {
                public static Serilog.LoggerConfiguration Configure(Serilog.LoggerConfiguration configuration) =>
                    configuration.WriteTo.Console(outputTemplate: {|#0:"[{Level:u3}] {Message:lj}{NewLine}"|});
            }
            """),
        ("AI1104", true, """
            public static class Setup
            {
                public static NLog.Targets.Target Configure() => new NLog.Targets.ConsoleTarget("console") { Layout = {|#0:"${longdate} ${message}"|} };
            }
            """),
        ("AI1105", true, """
            using Microsoft.Extensions.Logging;
            public class Orders
            {
                private readonly ILogger<Orders> _logger = null!;

                [Traced]
                public bool Place()
                {
                    try { return true; }
                    {|#0:catch|} (Exception ex) { _logger.LogError(ex, "Placing failed"); return false; }
                }
            }
            """),
        ("AI1106", true, Logging.Replace("BODY", "Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(_logger, \"Order {OrderId} placed in {TraceId}\", id, {|#0:activity.Id|});")),
        ("AI1107", true, Logging.Replace("BODY", "Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(_logger, \"Placed in {TraceId}\", {|#0:Activity.Current.TraceId|});")),
        ("AI2001", false, "public class C { static readonly ActivitySource Source = new(\"c\"); public void M() { {|#0:Source.StartActivity(\"m\")|}; } }"),
        ("AI2002", false, "public class C { public void M() { using var source = {|#0:new ActivitySource(\"c\")|}; } }"),
        ("AI2003", false, "public class C { static readonly ActivitySource Source = new(\"c\"); public void M(int id) { using var a = Source.StartActivity({|#0:$\"order {id}\"|}); } }"),
        ("AI2004", false, "public class C { public void M(Activity activity) { {|#0:Activity.Current = activity|}; } }"),
        ("AI2005", false, """
            public class C
            {
                static readonly System.Diagnostics.Metrics.Meter Meter = new("c");
                static readonly System.Diagnostics.Metrics.Histogram<double> Duration = Meter.CreateHistogram<double>("c.duration", unit: "s");
                public void M(Stopwatch stopwatch) => Duration.Record({|#0:stopwatch.ElapsedMilliseconds|});
            }
            """),
    ];
}
