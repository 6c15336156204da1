namespace AutoInstrument.Build.Tests;

/// <summary>The rules file as a real <c>dotnet build</c> writes it: where, when, and only when its text changed.</summary>
public sealed class RulesFileBuildTests
{
    private const string Checkout = """
        using System;
        using System.Threading.Tasks;
        using AutoInstrument;

        var shop = new Shop.Checkout();
        await shop.PayAsync(1);
        foreach (var name in AutoInstrument.Generated.ServiceLevelObjectives.Names)
        {
            var budget = AutoInstrument.Generated.ServiceLevelObjectives.Get(name);
            Console.WriteLine($"{name} {budget.Objective} {budget.Window.TotalDays} {budget.AllowedBadTime}");
        }

        namespace Shop
        {
            public sealed class Checkout
            {
                [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
                [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
                [ServiceLevelObjective("checkout-availability", TARGET)]
                public Task PayAsync(int order) => Task.Delay(1);

                [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
                [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
                public Task RefundAsync(int order) => Task.Delay(1);
            }
        }
        """;

    [Fact]
    public void The_build_writes_the_rules_beside_the_assembly_and_leaves_them_alone_when_nothing_changed()
    {
        using var project = new SloProject();
        project.WriteSource(Checkout.Replace("TARGET", "0.999"));
        project.Restore();
        project.Build();

        Assert.True(File.Exists(project.RulesFile), project.RulesFile);
        var first = File.ReadAllBytes(project.RulesFile);
        var written = File.GetLastWriteTimeUtc(project.RulesFile);
        var text = File.ReadAllText(project.RulesFile);
        Assert.Contains("  - name: slo-checkout-availability\n", text);
        Assert.Contains("  - name: slo-checkout-latency\n", text);
        Assert.Contains("code_function_name=~\"Shop\\\\.Checkout\\\\.PayAsync|Shop\\\\.Checkout\\\\.RefundAsync\"", text);
        Assert.Contains("checkout_duration_seconds_bucket{", text);
        Assert.Contains("error_type=\"\",le=~\"0\\\\.2\"}[5m]", text);
        project.KeepRulesFile("build-test-shop");

        project.Build();
        Assert.Equal(first, File.ReadAllBytes(project.RulesFile));
        Assert.Equal(written, File.GetLastWriteTimeUtc(project.RulesFile));

        // An edit that is not an objective rebuilds the assembly, not the rules file.
        project.WriteSource(Checkout.Replace("TARGET", "0.999").Replace("Task.Delay(1)", "Task.Delay(2)"));
        project.Build();
        Assert.Equal(first, File.ReadAllBytes(project.RulesFile));
        Assert.Equal(written, File.GetLastWriteTimeUtc(project.RulesFile));
    }

    [Fact]
    public void Changing_an_objective_changes_the_file_and_removing_every_objective_removes_it()
    {
        using var project = new SloProject();
        project.WriteSource(Checkout.Replace("TARGET", "0.999"));
        project.Restore();
        project.Build();
        var before = File.ReadAllText(project.RulesFile);
        Assert.Contains("vector(0.001)", before);

        project.WriteSource(Checkout.Replace("TARGET", "0.99"));
        project.Build();
        var after = File.ReadAllText(project.RulesFile);
        Assert.NotEqual(before, after);
        Assert.Contains("vector(0.01)", after);
        Assert.DoesNotContain("vector(0.001)", after);

        project.WriteSource(Checkout.Replace("TARGET", "0.99").Replace("[ServiceLevelObjective", "// [ServiceLevelObjective")
            .Replace("foreach (var name in AutoInstrument.Generated.ServiceLevelObjectives.Names)", "foreach (var name in Array.Empty<string>())")
            .Replace("AutoInstrument.Generated.ServiceLevelObjectives.Get(name)", "(AutoInstrument.Slo.ErrorBudget)null!"));
        project.Build();
        Assert.False(File.Exists(project.RulesFile));
    }

    [Fact]
    public void A_property_moves_the_file_label_matchers_reach_every_selector_and_publish_carries_it()
    {
        using var project = new SloProject();
        var moved = Path.Combine(project.Directory, "rules", "checkout.yml");
        project.WriteProject($"""
            <AutoInstrumentSloRulesFile>{moved}</AutoInstrumentSloRulesFile>
            <AutoInstrumentSloLabelMatchers>job="checkout",namespace="prod"</AutoInstrumentSloLabelMatchers>
            <AutoInstrumentOpenSlo>true</AutoInstrumentOpenSlo>
            """);
        project.WriteSource(Checkout.Replace("TARGET", "0.999"));
        project.Restore();
        project.Build();

        Assert.False(File.Exists(project.RulesFile));
        var text = File.ReadAllText(moved);
        var selectors = text.Split("_seconds_").Length - 1;
        Assert.True(selectors > 0);
        Assert.Equal(selectors, text.Split("{job=\"checkout\",namespace=\"prod\",code_function_name=~").Length - 1);
        SloProject.KeepRulesFile(moved, "build-test-matchers");
        Assert.StartsWith("# <auto-generated/>", File.ReadAllText(Path.Combine(project.OutputDirectory, "Shop.openslo.yml")));
        Assert.Contains("apiVersion: openslo/v1", File.ReadAllText(Path.Combine(project.OutputDirectory, "Shop.openslo.yml")));

        project.WriteProject("""<AutoInstrumentSloLabelMatchers>job="checkout"</AutoInstrumentSloLabelMatchers>""");
        var published = Path.Combine(project.Directory, "published");
        project.Publish(published);
        Assert.True(File.Exists(Path.Combine(published, "Shop.slo-rules.yml")));
        // dotnet publish builds Release: the file beside that build's assembly is the one published.
        var built = Path.Combine(project.Directory, "bin", "Release", "net10.0", "Shop.slo-rules.yml");
        Assert.Equal(File.ReadAllText(built), File.ReadAllText(Path.Combine(published, "Shop.slo-rules.yml")));
    }

    [Fact]
    public void A_time_scale_writes_rehearsal_rules_whose_windows_run_that_many_times_faster()
    {
        using var project = new SloProject();
        project.WriteProject("<AutoInstrumentSloTimeScale>60</AutoInstrumentSloTimeScale>");
        project.WriteSource(Checkout.Replace("TARGET", "0.999"));
        project.Restore();
        project.Build();

        var text = File.ReadAllText(project.RulesFile);
        Assert.Contains("# REHEARSAL: every window runs 60 times faster", text);
        Assert.Contains("slo:sli_error:ratio_rate12h{slo=\"checkout-availability\"}", text);
        Assert.Contains("long_window: 1m\n          short_window: 5s\n", text);
        project.KeepRulesFile("build-test-rehearsal");
    }

    [Fact]
    public void A_time_scale_that_is_not_a_whole_number_of_at_least_one_fails_the_build()
    {
        using var project = new SloProject();
        project.WriteProject("<AutoInstrumentSloTimeScale>0.5</AutoInstrumentSloTimeScale>");
        project.WriteSource(Checkout.Replace("TARGET", "0.999"));
        project.Restore();

        var failure = Assert.Throws<InvalidOperationException>(() => project.Build());
        Assert.Contains("AutoInstrumentSloTimeScale must be a whole number of at least 1", failure.Message);
    }

    [Fact]
    public void The_program_reads_its_objectives_as_error_budgets_by_name()
    {
        using var project = new SloProject();
        project.WriteSource(Checkout.Replace("TARGET", "0.995"));
        project.Restore();
        project.Build();

        var lines = project.Run().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // 0.5% of 30 days is 216 minutes; of 28 days, 201.6 minutes.
        Assert.Equal(["checkout-availability 0.995 30 03:36:00", "checkout-latency 0.995 28 03:21:36"], lines);
    }
}
