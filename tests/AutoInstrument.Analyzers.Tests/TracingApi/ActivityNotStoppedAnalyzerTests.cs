using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class ActivityNotStoppedAnalyzerTests
{
    private static Task AnalyzeAsync(string members) => CorrelationTest.AnalyzeAsync<ActivityNotStoppedAnalyzer>(InClass(members));

    [Fact]
    public Task Flags_a_discarded_StartActivity() => AnalyzeAsync("""
        public void Place() => {|AI2001:Source.StartActivity("place")|};
        """);

    [Fact]
    public Task Flags_a_StartActivity_assigned_to_a_discard() => AnalyzeAsync("""
        public void Place() { _ = {|AI2001:Source.StartActivity("place")|}; }
        """);

    [Fact]
    public Task Flags_a_discarded_chain_of_setters() => AnalyzeAsync("""
        public void Place(int id) { {|AI2001:Source.StartActivity("place")|}?.SetTag("order.id", id).SetTag("retry", false); }
        """);

    [Fact]
    public Task Flags_a_local_that_is_never_stopped() => AnalyzeAsync("""
        public void Place(int id)
        {
            var activity = {|AI2001:Source.StartActivity("place")|};
            activity?.SetTag("order.id", id);
            Work();
        }
        """);

    [Fact]
    public Task Flags_a_stop_after_a_call_that_can_throw() => AnalyzeAsync("""
        public int Place(int id)
        {
            var activity = {|AI2001:Source.StartActivity("place")|};
            var total = Compute(id);
            activity?.Stop();
            return total;
        }
        """);

    [Fact]
    public Task Flags_a_dispose_after_an_await() => AnalyzeAsync("""
        public async Task Place()
        {
            var activity = {|AI2001:Source.StartActivity(ActivityKind.Client)|};
            await Task.Yield();
            activity?.Dispose();
        }
        """);

    [Fact]
    public Task Flags_a_stop_that_an_early_return_skips() => AnalyzeAsync("""
        public void Place(bool empty)
        {
            var activity = {|AI2001:Source.StartActivity("place")|};
            if (empty) return;
            activity?.Stop();
        }
        """);

    [Fact]
    public Task Flags_a_new_activity_started_and_discarded() => AnalyzeAsync("""
        public void Place() { {|AI2001:new Activity("place").Start()|}; }
        """);

    [Fact]
    public Task Flags_a_local_activity_started_and_never_stopped() => AnalyzeAsync("""
        public void Place()
        {
            var activity = new Activity("place");
            {|AI2001:activity.Start()|};
            Work();
        }
        """);

    [Fact]
    public Task Flags_an_activity_started_in_a_lambda() => AnalyzeAsync("""
        public Action Place() => () => { var activity = {|AI2001:Source.StartActivity("place")|}; Work(); };
        """);

    [Fact]
    public Task Is_silent_on_a_using_declaration() => AnalyzeAsync("""
        public void Place()
        {
            using var activity = Source.StartActivity("place");
            Work();
        }
        """);

    [Fact]
    public Task Is_silent_on_a_using_statement() => AnalyzeAsync("""
        public void Place()
        {
            using (var activity = Source.StartActivity("place")) { Work(); }
            using (Source.StartActivity("again")) { Work(); }
        }
        """);

    [Fact]
    public Task Is_silent_on_a_dispose_in_finally() => AnalyzeAsync("""
        public void Place()
        {
            var activity = Source.StartActivity("place");
            try { Work(); }
            finally { activity?.Dispose(); }
        }
        """);

    [Fact]
    public Task Is_silent_on_a_stop_at_the_end_of_try_and_in_a_catch_all() => AnalyzeAsync("""
        public void Place()
        {
            var activity = Source.StartActivity("place");
            try
            {
                Work();
                activity?.Stop();
            }
            catch (Exception)
            {
                activity?.Stop();
                throw;
            }
        }
        """);

    [Fact]
    public Task Flags_a_stop_in_a_catch_of_one_exception_type_only() => AnalyzeAsync("""
        public void Place()
        {
            var activity = {|AI2001:Source.StartActivity("place")|};
            try
            {
                Work();
                activity?.Stop();
            }
            catch (InvalidOperationException)
            {
                activity?.Stop();
                throw;
            }
        }
        """);

    [Fact]
    public Task Is_silent_on_a_stop_with_nothing_before_it_that_can_fail() => AnalyzeAsync("""
        public void Place(int id)
        {
            var activity = Source.StartActivity("place");
            activity?.SetTag("order.id", id);
            activity?.Stop();
            Work();
        }
        """);

    [Fact]
    public Task Is_silent_on_a_returned_activity() => AnalyzeAsync("""
        public Activity? Begin()
        {
            var activity = Source.StartActivity("place");
            activity?.SetTag("order.id", 1);
            return activity;
        }

        public Activity? BeginNow() => Source.StartActivity("now");
        """);

    [Fact]
    public Task Is_silent_on_an_activity_stored_in_a_field_or_property() => AnalyzeAsync("""
        private Activity? _current;

        public Activity? Last { get; private set; }

        public void Begin()
        {
            _current = Source.StartActivity("place");
            var activity = Source.StartActivity("again");
            Last = activity;
        }
        """);

    [Fact]
    public Task Is_silent_on_an_activity_passed_to_a_method() => AnalyzeAsync("""
        private static void Track(Activity? activity) { }

        public void Begin()
        {
            var activity = Source.StartActivity("place");
            Track(activity);
            Track(Source.StartActivity("again"));
        }
        """);

    [Fact]
    public Task Is_silent_on_an_activity_captured_by_a_lambda() => AnalyzeAsync("""
        public Task Begin()
        {
            var activity = Source.StartActivity("place");
            return Task.Delay(10).ContinueWith(_ => activity?.Stop());
        }
        """);

    [Fact]
    public Task Is_silent_on_an_activity_that_is_not_started_here() => AnalyzeAsync("""
        public void Resume(Activity activity) => activity.Start();
        """);
}
