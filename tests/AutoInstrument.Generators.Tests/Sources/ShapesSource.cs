namespace AutoInstrument.Generators.Tests.Sources;

/// <summary>User code with every method shape [Traced] supports, and calls of each.</summary>
public static class ShapesSource
{
    public const string Code = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using AutoInstrument;

        namespace Shop;

        public enum Tier { Free, Pro }

        public interface IRepository
        {
            [Traced]
            Task<string?> FindAsync([Tag("item.id")] int id);
        }

        public sealed class Repository : IRepository
        {
            public Task<string?> FindAsync(int id) => Task.FromResult<string?>(id == 1 ? "one" : null);
        }

        public struct Counter
        {
            public int Value;

            [Traced]
            public void Increment(int by) => Value += by;

            [Traced]
            public readonly int Read() => Value;
        }

        public sealed class Box<T> where T : class, IComparable<T>
        {
            private readonly T _value;

            public Box(T value) => _value = value;

            [Traced]
            public T Get() => _value;

            [Traced]
            public TResult Map<TResult>(Func<T, TResult> map) where TResult : notnull => map(_value);
        }

        public static class Extensions
        {
            [Traced]
            public static string Shout(this string text, [Tag] int times = 1) => string.Concat(System.Linq.Enumerable.Repeat(text.ToUpperInvariant(), times));
        }

        [Traced]
        public class Calculator
        {
            public int Add(int a, int b) => a + b;

            public double Add(double a, double b) => a + b;

            public static int Square([Tag("x")] int x) => x * x;

            public bool TryParse(string text, [Tag] out int value) => int.TryParse(text, out value);

            public void Swap(ref int a, ref int b) => (a, b) = (b, a);

            public int Sum(in int first, params int[] rest) => first + System.Linq.Enumerable.Sum(rest);

            public int Length(ReadOnlySpan<char> text) => text.Length;

            [return: Tag("tier")]
            public Tier Classify([Tag] Tier? hint, [Tag("user.id")] Guid userId, [Tag] DateTimeOffset at) => hint ?? Tier.Free;

            public string? Describe(string? name, List<string?> tags) => name;

            public T Echo<T>(T value) where T : struct => value;

            public async Task WaitAsync(int milliseconds) => await Task.Delay(milliseconds);

            public async ValueTask<int> CountAsync(int n) { await Task.Yield(); return n; }

            public ValueTask PingAsync() => default;

            public async IAsyncEnumerable<int> StreamAsync(int count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
            {
                for (var i = 0; i < count; i++)
                {
                    await Task.Yield();
                    yield return i;
                }
            }

            public IEnumerable<int> Range(int count)
            {
                for (var i = 0; i < count; i++)
                {
                    yield return i;
                }
            }

            public void Fail(string message) => throw new InvalidOperationException(message);

            public async Task<int> FailAsync() { await Task.Yield(); throw new TimeoutException("late"); }
        }

        [Measured]
        public class Metered
        {
            public int Work([MetricTag] Tier tier, [MetricTag] bool cached) => cached ? 1 : 2;

            public async Task<int> WorkAsync([MetricTag("region", Bounded = true)] string region) { await Task.Yield(); return region.Length; }

            public IEnumerable<int> Items() { yield return 1; yield return 2; }

            public async IAsyncEnumerable<int> ItemsAsync() { await Task.Yield(); yield return 3; }

            public void Fail() => throw new InvalidOperationException("metered");

            [Measured("checkout.duration", Description = "Checkout time.", Buckets = new[] { 0.01, 0.1, 1.0 })]
            public ValueTask CheckoutAsync() => default;
        }

        public class Both
        {
            [Traced, Measured]
            public async Task<int> RunAsync([Tag, MetricTag] Tier tier, [MetricTag] byte shard, [MetricTag] short zone) { await Task.Yield(); return 3; }

            [Traced, Measured]
            public IEnumerable<int> Stream() { yield return 4; }

            [Traced, Measured]
            public async IAsyncEnumerable<int> StreamAsync() { await Task.Yield(); yield return 5; }

            [Traced, Measured]
            public int Sync(int x) => x;
        }

        public partial class OrderService
        {
            [Traced("orders.get")]
            public partial Task<int> GetAsync(int id);

            private async Task<int> GetAsyncCore(int id) { await Task.Yield(); return id * 10; }
        }

        public static class Program
        {
            public static async Task<string> Run()
            {
                var calculator = new Calculator();
                var counter = new Counter();
                counter.Increment(2);
                var a = 1;
                var b = 2;
                calculator.Swap(ref a, ref b);
                calculator.TryParse("42", out var parsed);
                var box = new Box<string>("boxed");
                IRepository repository = new Repository();
                var found = await repository.FindAsync(1);
                var streamed = 0;
                await foreach (var item in calculator.StreamAsync(3))
                {
                    streamed += item;
                }

                var ranged = 0;
                foreach (var item in calculator.Range(3))
                {
                    ranged += item;
                }

                await calculator.WaitAsync(1);
                await calculator.PingAsync();
                var parts = new object?[]
                {
                    calculator.Add(1, 2), calculator.Add(1.5, 2.5), Calculator.Square(3), parsed, a, b,
                    calculator.Sum(1, 2, 3), calculator.Length("four".AsSpan()), calculator.Classify(Tier.Pro, Guid.Empty, DateTimeOffset.UnixEpoch),
                    calculator.Describe("name", new List<string?>()), calculator.Echo(7), await calculator.CountAsync(4),
                    counter.Value, counter.Read(), box.Get(), box.Map(s => s.Length), "hi".Shout(2), found, streamed, ranged,
                    await new OrderService().GetAsync(5),
                };
                var metered = new Metered();
                var both = new Both();
                await metered.CheckoutAsync();
                var measured = new object?[]
                {
                    metered.Work(Tier.Pro, true), await metered.WorkAsync("eu"), System.Linq.Enumerable.Sum(metered.Items()),
                    await FirstAsync(metered.ItemsAsync()), await both.RunAsync(Tier.Free, 1, 2), System.Linq.Enumerable.Sum(both.Stream()),
                    await FirstAsync(both.StreamAsync()), both.Sync(6),
                };
                return string.Join(",", parts) + ";" + string.Join(",", measured);
            }

            private static async Task<int> FirstAsync(IAsyncEnumerable<int> items)
            {
                await foreach (var item in items)
                {
                    return item;
                }

                return -1;
            }
        }
        """;
}
