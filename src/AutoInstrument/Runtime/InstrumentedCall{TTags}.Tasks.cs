using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace AutoInstrument.Runtime;

// The completion of calls that return a task: a call nobody watches hands the task back as it is; a task that already
// succeeded ends the call at once and allocates nothing more; any other is awaited by a helper that ends the call when
// the task completes. A null task is handed back as it came, the work having ended with the call. A pending ValueTask
// is awaited as the Task it wraps (AsTask allocates only for one backed by an IValueTaskSource). The awaiting helper
// starts before the caller leaves the span, so it resumes under it: the duration is recorded under the call's span and
// a trace-based exemplar points at this call, without setting Activity.Current again (each change of an AsyncLocal
// allocates); an async method's changes to Activity.Current never reach its caller.
public readonly partial struct InstrumentedCall<TTags>
{
    /// <summary>Ends the call when <paramref name="task"/> completes; returns the task the caller gets.</summary>
    public Task Complete(Task task)
    {
        if (IsOff || task is null || task.Status == TaskStatus.RanToCompletion)
        {
            End();
            return task!;
        }

        var completion = Await(this, task);
        LeaveSpan();
        return completion;
    }

    /// <summary>Ends the call when <paramref name="task"/> completes, its result as the span's <paramref name="resultTag"/> when one is named.</summary>
    public Task<TResult> Complete<TResult>(Task<TResult> task, string? resultTag = null)
    {
        if (IsOff || task is null)
        {
            End();
            return task!;
        }

        if (task.Status == TaskStatus.RanToCompletion)
        {
            SetResultTag(resultTag, task.Result);
            End();
            return task;
        }

        var completion = Await(this, task, resultTag);
        LeaveSpan();
        return completion;
    }

    /// <summary>Ends the call when <paramref name="task"/> completes.</summary>
    public ValueTask Complete(ValueTask task)
    {
        if (IsOff || task.IsCompletedSuccessfully)
        {
            End();
            return task;
        }

        var completion = Await(this, task.AsTask());
        LeaveSpan();
        return new ValueTask(completion);
    }

    /// <summary>Ends the call when <paramref name="task"/> completes, its result as the span's <paramref name="resultTag"/> when one is named.</summary>
    public ValueTask<TResult> Complete<TResult>(ValueTask<TResult> task, string? resultTag = null)
    {
        if (IsOff)
        {
            return task;
        }

        if (task.IsCompletedSuccessfully)
        {
            if (resultTag is null)
            {
                End();
                return task;
            }

            // Reading a ValueTask's result consumes it: hand the caller a fresh one holding the same value.
            var result = task.Result;
            SetResultTag(resultTag, result);
            End();
            return new ValueTask<TResult>(result);
        }

        var completion = Await(this, task.AsTask(), resultTag);
        LeaveSpan();
        return new ValueTask<TResult>(completion);
    }

    private static async Task Await(InstrumentedCall<TTags> call, Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            call.Fail(exception);
            throw;
        }

        call.End();
    }

    private static async Task<TResult> Await<TResult>(InstrumentedCall<TTags> call, Task<TResult> task, string? resultTag)
    {
        TResult result;
        try
        {
            result = await task.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            call.Fail(exception);
            throw;
        }

        call.SetResultTag(resultTag, result);
        call.End();
        return result;
    }
}
