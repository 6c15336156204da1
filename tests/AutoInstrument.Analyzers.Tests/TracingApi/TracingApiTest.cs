namespace AutoInstrument.Analyzers.Tests.TracingApi;

/// <summary>Sources for the tracing-API rules: hand-written telemetry code in a class that has a source and a meter.</summary>
internal static class TracingApiTest
{
    /// <summary>Places members in a class with an ActivitySource, a Meter and two methods that may throw.</summary>
    public static string InClass(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        using System.Threading.Tasks;

        public class Orders
        {
            private static readonly ActivitySource Source = new("orders");
            private static readonly Meter Meter = new("orders");

            private static void Work() { }

            private static int Compute(int id) => id * 2;

            {{members}}
        }
        """;
}
