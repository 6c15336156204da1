using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.TracingApi;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class CurrentActivityNotRestoredFixerTests
{
    private static Task FixAsync(string members, string fixedMembers) =>
        CorrelationTest.FixAsync<CurrentActivityNotRestoredAnalyzer, CurrentActivityNotRestoredFixer>(InClass(members), InClass(fixedMembers));

    [Fact]
    public Task Restores_the_previous_activity_in_finally_around_the_rest_of_the_block() => FixAsync("""
        public int Resume(Activity activity, int id)
        {
                {|AI2004:Activity.Current = activity|};
                Work();
                return Compute(id);
            }
        """, """
        public int Resume(Activity activity, int id)
        {
                var previous = Activity.Current;
                Activity.Current = activity;
                try
                {
                    Work();
                    return Compute(id);
                }
                finally
                {
                    Activity.Current = previous;
                }
            }
        """);

    [Fact]
    public Task Picks_a_name_that_is_free() => FixAsync("""
        public void Resume(Activity activity, int previous)
        {
                {|AI2004:Activity.Current = activity|};
                Work();
            }
        """, """
        public void Resume(Activity activity, int previous)
        {
                var previousActivity = Activity.Current;
                Activity.Current = activity;
                try
                {
                    Work();
                }
                finally
                {
                    Activity.Current = previousActivity;
                }
            }
        """);

    [Fact]
    public Task Offers_no_fix_when_nothing_follows_the_assignment() =>
        CorrelationTest.NoFixAsync<CurrentActivityNotRestoredAnalyzer, CurrentActivityNotRestoredFixer>(InClass("""
            public void Enter(Activity activity) { {|AI2004:Activity.Current = activity|}; }
            """));
}
