using System.Diagnostics;

namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>
/// The best code a careful engineer writes by hand for what <c>[Traced]</c> promises — the bar the generated wrapper is
/// held to: leave at once when nobody listens or the sampler drops the span, set the code attributes and the tag only
/// when all data is requested, mark a failure, end the span, and end it without a state machine when a task has
/// already succeeded.
/// </summary>
public sealed class HandWrittenTracedCalculator
{
    private const string FunctionName = "AutoInstrument.Benchmarks.Subjects.HandWrittenTracedCalculator.Add";
    private const string FilePath = "/src/AutoInstrument.Benchmarks/Subjects/HandWrittenTracedCalculator.cs";
    private const int LineNumber = 20;

    public int Add(int a, int b)
    {
        if (!BenchmarkSources.HandWritten.HasListeners())
        {
            return AddCore(a, b);
        }

        var activity = BenchmarkSources.HandWritten.StartActivity("HandWrittenTracedCalculator.Add", ActivityKind.Internal);
        if (activity is null)
        {
            return AddCore(a, b);
        }

        SetAttributes(activity, a);
        try
        {
            return AddCore(a, b);
        }
        catch (Exception exception)
        {
            MarkFailed(activity, exception);
            throw;
        }
        finally
        {
            activity.Dispose();
        }
    }

    public Task<int> AddAsync(int a, int b)
    {
        if (!BenchmarkSources.HandWritten.HasListeners())
        {
            return AddAsyncCore(a, b);
        }

        var activity = BenchmarkSources.HandWritten.StartActivity("HandWrittenTracedCalculator.AddAsync", ActivityKind.Internal);
        if (activity is null)
        {
            return AddAsyncCore(a, b);
        }

        SetAttributes(activity, a);
        Task<int> task;
        try
        {
            task = AddAsyncCore(a, b);
        }
        catch (Exception exception)
        {
            MarkFailed(activity, exception);
            activity.Dispose();
            throw;
        }

        return EndWhenDone(activity, task);
    }

    public Task<int> AddAfterYieldAsync(int a, int b)
    {
        if (!BenchmarkSources.HandWritten.HasListeners())
        {
            return AddAfterYieldAsyncCore(a, b);
        }

        var activity = BenchmarkSources.HandWritten.StartActivity("HandWrittenTracedCalculator.AddAfterYieldAsync", ActivityKind.Internal);
        if (activity is null)
        {
            return AddAfterYieldAsyncCore(a, b);
        }

        SetAttributes(activity, a);
        Task<int> task;
        try
        {
            task = AddAfterYieldAsyncCore(a, b);
        }
        catch (Exception exception)
        {
            MarkFailed(activity, exception);
            activity.Dispose();
            throw;
        }

        return EndWhenDone(activity, task);
    }

    private int AddCore(int a, int b) => a + b;

    private Task<int> AddAsyncCore(int a, int b) => Task.FromResult(a + b);

    private async Task<int> AddAfterYieldAsyncCore(int a, int b)
    {
        await Task.Yield();
        return a + b;
    }

    private static Task<int> EndWhenDone(Activity activity, Task<int> task)
    {
        if (task.Status == TaskStatus.RanToCompletion)
        {
            activity.Dispose();
            return task;
        }

        // The span stays open until the task completes; the caller continues under its own span.
        Activity.Current = activity.Parent;
        return Completion(activity, task);
    }

    private static async Task<int> Completion(Activity activity, Task<int> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            MarkFailed(activity, exception);
            throw;
        }
        finally
        {
            activity.Dispose();
        }
    }

    private static void SetAttributes(Activity activity, int a)
    {
        if (activity.IsAllDataRequested)
        {
            activity.SetTag("code.function.name", FunctionName);
            activity.SetTag("code.file.path", FilePath);
            activity.SetTag("code.line.number", LineNumber);
            activity.SetTag("calc.a", a);
        }
    }

    private static void MarkFailed(Activity activity, Exception exception)
    {
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag("error.type", exception.GetType().FullName);
        activity.AddException(exception);
    }
}
