using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;

namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

/// <summary>
/// The template rules leave generated code alone exactly as the driver would for them: they test it themselves
/// (<c>GeneratedCodeFilter</c>), so that the driver's walk of every token of a file is not charged to them.
/// </summary>
public class GeneratedCodeTests
{
    private static Task AnalyzeAsync(string members) =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>($$"""
            using System.CodeDom.Compiler;
            using Microsoft.Extensions.Logging;

            public partial class Orders
            {
                private readonly ILogger<Orders> _logger = null!;

                {{members}}
            }
            """);

    [Fact]
    public Task Is_silent_in_a_method_marked_as_generated_code() => AnalyzeAsync("""
        [GeneratedCode("tool", "1.0")]
        public void Place(int id) => _logger.LogWarning($"Order {id} placed");
        """);

    [Fact]
    public Task Is_silent_in_the_accessor_of_a_property_marked_as_generated_code() => AnalyzeAsync("""
        [GeneratedCode("tool", "1.0")]
        public int Count
        {
            get { _logger.LogWarning($"Count read at {System.DateTime.Now}"); return 0; }
        }
        """);

    [Fact]
    public Task Is_silent_in_a_type_another_part_of_which_is_marked_as_generated_code() =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>("""
            using System.CodeDom.Compiler;
            using Microsoft.Extensions.Logging;

            [GeneratedCode("tool", "1.0")]
            public partial class Orders
            {
                private readonly ILogger<Orders> _logger = null!;
            }

            public partial class Orders
            {
                public void Place(int id) => _logger.LogWarning($"Order {id} placed");
            }
            """);

    [Fact]
    public Task Is_silent_under_line_hidden() => AnalyzeAsync("""
        public void Place(int id)
        {
        #line hidden
            _logger.LogWarning($"Order {id} placed");
        #line default
        }
        """);

    [Fact]
    public Task Flags_the_code_beside_it_and_a_local_function_marked_as_generated_code_as_the_driver_does() => AnalyzeAsync("""
        [GeneratedCode("tool", "1.0")]
        public void Generated(int id) => _logger.LogWarning($"Order {id} placed");

        public void Place(int id)
        {
            _logger.LogWarning({|AI1001:$"Order {id} placed"|});
            Local();

            [GeneratedCode("tool", "1.0")]
            void Local() => _logger.LogWarning({|AI1001:$"Order {id} local"|});
        }
        """);
}
