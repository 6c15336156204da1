using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace AutoInstrument.Runtime;

/// <summary>
/// Wraps the enumeration a method returns: its span and duration cover the enumeration, from the first step to the
/// end, and start only when it starts. <c>start</c> is the wrapper's static lambda that starts the call and sets its
/// attributes, given the arguments it records. Each step runs under the span, so spans it starts nest under it, and the
/// consumer's own context is left as it was between steps. Called by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InstrumentedEnumeration
{
    /// <summary>The enumeration of <paramref name="items"/>, instrumented.</summary>
    public static IEnumerable<T> Of<T, TTags>(IEnumerable<T> items, Func<InstrumentedCall<TTags>> start)
        where TTags : struct, IDurationTags =>
        Of(items, start, static start => start());

    /// <summary>The enumeration of <paramref name="items"/>, instrumented with the arguments in <paramref name="state"/>.</summary>
    public static IEnumerable<T> Of<T, TState, TTags>(IEnumerable<T> items, TState state, Func<TState, InstrumentedCall<TTags>> start)
        where TTags : struct, IDurationTags
    {
        // A synchronous iterator shares the consumer's context: give it back once the span has started.
        var outer = Activity.Current;
        var call = start(state);
        Activity.Current = outer;
        if (call.IsOff)
        {
            foreach (var item in items)
            {
                yield return item;
            }

            yield break;
        }

        string? errorType = null;
        var enumerator = items.GetEnumerator();
        try
        {
            while (true)
            {
                outer = Activity.Current;
                Activity.Current = call.Activity ?? outer;
                T item;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        break;
                    }

                    item = enumerator.Current;
                }
                catch (Exception exception)
                {
                    errorType = call.StepFailed(exception);
                    throw;
                }
                finally
                {
                    Activity.Current = outer;
                }

                yield return item;
            }
        }
        finally
        {
            enumerator.Dispose();
            // The end, like each step, runs under this span: the duration's exemplar is this enumeration.
            outer = Activity.Current;
            Activity.Current = call.Activity ?? outer;
            call.Finish(errorType);
            Activity.Current = outer;
        }
    }

    /// <summary>The asynchronous enumeration of <paramref name="items"/>, instrumented.</summary>
    public static IAsyncEnumerable<T> Of<T, TTags>(IAsyncEnumerable<T> items, Func<InstrumentedCall<TTags>> start)
        where TTags : struct, IDurationTags =>
        Of(items, start, static start => start());

    /// <summary>The asynchronous enumeration of <paramref name="items"/>, instrumented with the arguments in <paramref name="state"/>.</summary>
    public static IAsyncEnumerable<T> Of<T, TState, TTags>(IAsyncEnumerable<T> items, TState state, Func<TState, InstrumentedCall<TTags>> start)
        where TTags : struct, IDurationTags =>
        OfAsync(items, state, start);

    private static async IAsyncEnumerable<T> OfAsync<T, TState, TTags>(
        IAsyncEnumerable<T> items,
        TState state,
        Func<TState, InstrumentedCall<TTags>> start,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TTags : struct, IDurationTags
    {
        var call = start(state);
        if (call.IsOff)
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        string? errorType = null;
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                T item;
                try
                {
                    // Each step resumes on the consumer's context: run it under this span so nested spans nest.
                    Activity.Current = call.Activity ?? Activity.Current;
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    item = enumerator.Current;
                }
                catch (Exception exception)
                {
                    errorType = call.StepFailed(exception);
                    throw;
                }

                yield return item;
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            call.Finish(errorType);
        }
    }
}
