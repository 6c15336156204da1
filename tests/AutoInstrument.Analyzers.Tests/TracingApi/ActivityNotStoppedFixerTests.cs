using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.TracingApi;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class ActivityNotStoppedFixerTests
{
    private static Task FixAsync(string members, string fixedMembers) =>
        CorrelationTest.FixAsync<ActivityNotStoppedAnalyzer, ActivityNotStoppedFixer>(InClass(members), InClass(fixedMembers));

    private static Task NoFixAsync(string members) =>
        CorrelationTest.NoFixAsync<ActivityNotStoppedAnalyzer, ActivityNotStoppedFixer>(InClass(members));

    [Fact]
    public Task Declares_a_local_that_is_never_stopped_with_using() => FixAsync("""
        public void Place()
        {
                // The span covers the work.
                var activity = {|AI2001:Source.StartActivity("place")|};
                Work();
            }
        """, """
        public void Place()
        {
                // The span covers the work.
                using var activity = Source.StartActivity("place");
                Work();
            }
        """);

    [Fact]
    public Task Keeps_the_stop_on_the_success_path() => FixAsync("""
        public void Place()
        {
                Activity? activity = {|AI2001:Source.StartActivity("place")|};
                Work();
                activity?.Stop();
            }
        """, """
        public void Place()
        {
                using Activity? activity = Source.StartActivity("place");
                Work();
                activity?.Stop();
            }
        """);

    [Fact]
    public Task Declares_a_started_new_activity_with_using() => FixAsync("""
        public void Place()
        {
                var activity = new Activity("place");
                {|AI2001:activity.Start()|};
                Work();
            }
        """, """
        public void Place()
        {
                using var activity = new Activity("place");
                activity.Start();
                Work();
            }
        """);

    [Fact]
    public Task Fixes_every_activity_in_the_document() => FixAsync("""
        public void Place()
        {
                var first = {|AI2001:Source.StartActivity("place")|};
                Work();
            }

            public async Task PayAsync()
            {
                var second = {|AI2001:Source.StartActivity("pay")|};
                await Task.Yield();
                second?.Dispose();
            }
        """, """
        public void Place()
        {
                using var first = Source.StartActivity("place");
                Work();
            }

            public async Task PayAsync()
            {
                using var second = Source.StartActivity("pay");
                await Task.Yield();
                second?.Dispose();
            }
        """);

    [Fact]
    public Task Offers_no_fix_for_a_discarded_activity() => NoFixAsync("""
        public void Place() { {|AI2001:Source.StartActivity("place")|}; }
        """);

    [Fact]
    public Task Offers_no_fix_for_a_local_assigned_again() => NoFixAsync("""
        public void Place()
        {
                var activity = {|AI2001:Source.StartActivity("place")|};
                Work();
                activity = null;
            }
        """);

    [Fact]
    public Task Offers_no_fix_in_a_switch_section() => NoFixAsync("""
        public void Place(int kind)
        {
                switch (kind)
                {
                    case 1:
                        var activity = {|AI2001:Source.StartActivity("place")|};
                        Work();
                        break;
                }
            }
        """);
}
