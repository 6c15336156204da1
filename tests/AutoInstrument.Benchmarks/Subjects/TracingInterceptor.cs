using System.Diagnostics;
using Castle.DynamicProxy;

namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>
/// Tracing with a Castle DynamicProxy interceptor, the way it is usually written: a span around
/// <see cref="IInvocation.Proceed"/>, a failure marked on the span and rethrown.
/// </summary>
public sealed class TracingInterceptor : IInterceptor
{
    private static readonly ProxyGenerator Generator = new();

    public static T Wrap<T>(T target)
        where T : class => Generator.CreateInterfaceProxyWithTarget(target, new TracingInterceptor());

    public void Intercept(IInvocation invocation)
    {
        using var activity = BenchmarkSources.Proxies.StartActivity(invocation.Method.Name);
        activity?.SetTag("code.function.name", invocation.Method.Name);
        try
        {
            invocation.Proceed();
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
    }
}
