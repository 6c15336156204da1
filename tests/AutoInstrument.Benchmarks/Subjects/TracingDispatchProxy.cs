using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>
/// Tracing with <see cref="DispatchProxy"/>, the way it is usually written: a span around every interface call,
/// the target invoked by reflection, a failure marked on the span and rethrown unwrapped.
/// </summary>
public class TracingDispatchProxy<T> : DispatchProxy
    where T : class
{
    private T _target = null!;

    public static T Wrap(T target)
    {
        var proxy = Create<T, TracingDispatchProxy<T>>();
        ((TracingDispatchProxy<T>)(object)proxy)._target = target;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        using var activity = BenchmarkSources.Proxies.StartActivity(targetMethod!.Name);
        activity?.SetTag("code.function.name", targetMethod.Name);
        try
        {
            return targetMethod.Invoke(_target, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            activity?.SetStatus(ActivityStatusCode.Error, inner.Message);
            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }
}
