using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace AutoInstrument.Runtime;

// The completion of calls that return a task: a call nobody watches hands the task back as it is; a task that already
// succeeded ends the call at once and allocates nothing more; any other is awaited by a helper that ends the call when
// the task completes. A null task is handed back as it came, the work having ended with the call. A pending ValueTask
// is awaited as the Task it wraps (AsTask allocates only for one backed by an IValueTaskSource). The awaiting helper
// runs under the call's span again, so the duration is recorded under it and a trace-based exemplar points at this call;
// an async method's changes to Activity.Current never reach its caller.
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

        LeaveSpan();
        return Await(this, task);
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

        LeaveSpan();
        return Await(this, task, resultTag);
    }

    /// <summary>Ends the call when <paramref name="task"/> completes.</summary>
    public ValueTask Complete(ValueTask task)
    {
        if (IsOff || task.IsCompletedSuccessfully)
        {
            End();
            return task;
        }

        LeaveSpan();
        return new ValueTask(Await(this, task.AsTask()));
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

        LeaveSpan();
        return new ValueTask<TResult>(Await(this, task.AsTask(), resultTag));
    }

    private static async Task Await(InstrumentedCall<TTags> call, Task task)
    {
        Activity.Current = call.Activity ?? Activity.Current;
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
        Activity.Current = call.Activity ?? Activity.Current;
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
