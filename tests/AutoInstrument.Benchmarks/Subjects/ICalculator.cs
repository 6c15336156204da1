namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>The interface runtime proxies need: DispatchProxy and Castle DynamicProxy only intercept through one.</summary>
public interface ICalculator
{
    int Add(int a, int b);
}
