using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>Emits a compilation and loads it, so tests run the generated code instead of reading it.</summary>
public static class LoadedAssembly
{
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The compilation failed:\n" + string.Join("\n", result.Diagnostics));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls a public static method of the loaded code, unwrapping the exception it throws.</summary>
    public static object? Invoke(this Assembly assembly, string typeName, string methodName, params object?[] arguments)
    {
        var method = assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, methodName);
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }
}
