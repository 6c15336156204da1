namespace AutoInstrument.Generators.Tests.Matrix;

/// <summary>The file every matrix compilation shares: the log each case writes its observations to.</summary>
public static class MatrixSupport
{
    public const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;

        namespace Matrix;

        public static class Log
        {
            public static readonly List<string> Lines = new();

            private static int _slot;

            public static int Out;

            public static string? Text;

            public static void Add(object? value) => Lines.Add(value?.ToString() ?? "null");

            private static Exception? _thrown;

            public static void FailIf(int x)
            {
                if (x < 0)
                {
                    _thrown = new InvalidOperationException("boom " + x);
                    throw _thrown;
                }
            }

            /// <summary>A variable the caller can pass by reference.</summary>
            public static ref int Slot(int value)
            {
                _slot = value;
                return ref _slot;
            }

            /// <summary>The exception as the caller sees it: the object thrown or another, its type, message and the user's frames, those of generated code and of the runtime helpers it calls left out.</summary>
            public static string Outcome(Exception exception)
            {
                var frames = (exception.StackTrace ?? string.Empty)
                    .Split('\n')
                    .Select(line => line.Trim())
                    .Where(line => line.StartsWith("at ", StringComparison.Ordinal) && !line.Contains("AutoInstrument.Generated", StringComparison.Ordinal) && !line.Contains("AutoInstrument.Runtime", StringComparison.Ordinal))
                    .Select(line => line.Split('(')[0]);
                var identity = ReferenceEquals(exception, _thrown) ? "same" : "other";
                return $"{identity} {exception.GetType().Name}:{exception.Message}@{string.Join(">", frames)}";
            }

            public static string Current() => Activity.Current?.DisplayName ?? "none";
        }
        """;
}
