using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class CurrentActivityNotRestoredAnalyzerTests
{
    private static Task AnalyzeAsync(string members) => CorrelationTest.AnalyzeAsync<CurrentActivityNotRestoredAnalyzer>(InClass(members));

    [Fact]
    public Task Flags_an_assignment_that_is_never_undone() => AnalyzeAsync("""
        public void Resume(Activity activity)
        {
            {|AI2004:Activity.Current = activity|};
            Work();
        }
        """);

    [Fact]
    public Task Flags_a_restore_on_the_success_path_only() => AnalyzeAsync("""
        public void Resume(Activity activity)
        {
            var previous = Activity.Current;
            {|AI2004:Activity.Current = activity|};
            Work();
            Activity.Current = previous;
        }
        """);

    [Fact]
    public Task Flags_clearing_the_current_activity() => AnalyzeAsync("""
        public void Detach() { {|AI2004:System.Diagnostics.Activity.Current = null|}; }
        """);

    [Fact]
    public Task Flags_an_assignment_in_a_synchronous_lambda() => AnalyzeAsync("""
        public Action Resume(Activity activity) => () => { {|AI2004:Activity.Current = activity|}; Work(); };
        """);

    [Fact]
    public Task Is_silent_when_finally_restores_the_previous_value() => AnalyzeAsync("""
        public void Resume(Activity activity)
        {
            var previous = Activity.Current;
            try
            {
                Activity.Current = activity;
                Work();
            }
            finally
            {
                Activity.Current = previous;
            }
        }
        """);

    [Fact]
    public Task Is_silent_when_the_assignment_precedes_the_try_that_restores() => AnalyzeAsync("""
        public void Resume(Activity activity)
        {
            var previous = Activity.Current;
            Activity.Current = activity;
            try { Work(); }
            finally { Activity.Current = previous; }
        }
        """);

    [Fact]
    public Task Is_silent_in_an_async_method() => AnalyzeAsync("""
        public async Task ResumeAsync(Activity activity)
        {
            Activity.Current = activity;
            await Task.Yield();
        }
        """);

    [Fact]
    public Task Is_silent_in_a_lambda_run_on_its_own_flow() => AnalyzeAsync("""
        public Task Fanout() => Task.Run(() =>
        {
            Activity.Current = null;
            using var root = Source.StartActivity("fanned-out");
        });

        public void Background() => new System.Threading.Thread(() => { Activity.Current = null; Work(); }).Start();
        """);

    [Fact]
    public Task Flags_an_assignment_in_a_lambda_run_by_the_caller() => AnalyzeAsync("""
        public void Each(System.Collections.Generic.List<Activity> activities) =>
            activities.ForEach(activity => { {|AI2004:Activity.Current = activity|}; Work(); });
        """);

    [Fact]
    public Task Is_silent_on_other_assignments() => AnalyzeAsync("""
        private Activity? _current;

        public void Keep(Activity activity)
        {
            _current = Activity.Current;
            activity.DisplayName = "kept";
        }
        """);

    [Fact]
    public Task Is_silent_when_the_parent_of_a_started_activity_is_made_current_again() => AnalyzeAsync("""
        public Activity? Begin()
        {
            var activity = Source.StartActivity("background");
            if (activity is not null)
            {
                Activity.Current = activity.Parent;
            }

            return activity;
        }
        """);
}
