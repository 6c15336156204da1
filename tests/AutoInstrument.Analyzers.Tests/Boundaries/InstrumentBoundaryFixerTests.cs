using static AutoInstrument.Analyzers.Tests.Boundaries.BoundaryTest;

namespace AutoInstrument.Analyzers.Tests.Boundaries;

/// <summary>
/// The fix of AI0022. Each test also runs Fix All in document, project and solution (the testing library does when the
/// source has several diagnostics), and compiles the fixed code with the generator.
/// </summary>
public sealed class InstrumentBoundaryFixerTests
{
    private static readonly string ServicesByName = EditorConfig("autoinstrument.boundary.name_patterns = *Service");

    [Fact]
    public Task Traced_is_added_on_a_line_of_its_own_with_the_using_it_needs() => FixAsync(ServicesByName, """
        namespace Shop;

        public class OrderService
        {
            /// <summary>Places an order.</summary>
            public int {|AI0022:Place|}(int item) => item;

            [System.Obsolete]
            public int {|AI0022:Cancel|}(int item) => item;
        }
        """, """
        using AutoInstrument;

        namespace Shop;

        public class OrderService
        {
            /// <summary>Places an order.</summary>
            [Traced]
            public int Place(int item) => item;

            [System.Obsolete]
            [Traced]
            public int Cancel(int item) => item;
        }
        """);

    [Fact]
    public Task The_using_goes_below_the_licence_header_that_opens_the_file() => FixAsync(ServicesByName, """
        // Copyright (c) Shop contributors.
        // Licensed under the MIT licence.

        namespace Shop;

        public class OrderService
        {
            public int {|AI0022:Place|}(int item) => item;
        }
        """, """
        // Copyright (c) Shop contributors.
        // Licensed under the MIT licence.

        using AutoInstrument;

        namespace Shop;

        public class OrderService
        {
            [Traced]
            public int Place(int item) => item;
        }
        """);

    [Fact]
    public Task A_doc_comment_below_the_header_stays_on_the_type_it_describes() => FixAsync(ServicesByName, """
        // Licensed under the MIT licence.

        /// <summary>Takes orders.</summary>
        public class OrderService
        {
            public int {|AI0022:Place|}(int item) => item;
        }
        """, """
        // Licensed under the MIT licence.

        using AutoInstrument;

        /// <summary>Takes orders.</summary>
        public class OrderService
        {
            [Traced]
            public int Place(int item) => item;
        }
        """);

    [Fact]
    public Task The_using_is_added_after_the_others_and_not_again_where_it_is() => FixAsync(ServicesByName, [
        """
        using System;

        public class OrderService
        {
            public int {|AI0022:Place|}(int item) => item;
        }
        """,
        """
        using AutoInstrument;

        public class UserService
        {
            public string {|AI0022:Find|}(int id) => "user" + id;
        }
        """,
    ], [
        """
        using System;
        using AutoInstrument;

        public class OrderService
        {
            [Traced]
            public int Place(int item) => item;
        }
        """,
        """
        using AutoInstrument;

        public class UserService
        {
            [Traced]
            public string Find(int id) => "user" + id;
        }
        """,
    ]);

    [Fact]
    public Task Both_attributes_are_added_when_the_boundary_requires_them_and_only_the_missing_one_otherwise() => FixAsync(
        EditorConfig("autoinstrument.boundary.name_patterns = *Service", "autoinstrument.boundary.require = traced, measured"),
        """
        using AutoInstrument;

        public class OrderService
        {
            public int {|AI0022:Place|}(int item) => item;

            [Traced]
            public int {|AI0022:Cancel|}(int item) => item;
        }
        """, """
        using AutoInstrument;

        public class OrderService
        {
            [Traced, Measured]
            public int Place(int item) => item;

            [Traced]
            [Measured]
            public int Cancel(int item) => item;
        }
        """);

    [Fact]
    public Task Controller_actions_are_declared_in_the_partial_form_and_the_controller_made_partial_once() => FixAsync(
        EditorConfig("autoinstrument.boundary.attributes = Microsoft.AspNetCore.Mvc.ApiController"),
        """
        using System.Threading.Tasks;
        using AutoInstrument;

        [Microsoft.AspNetCore.Mvc.ApiController]
        public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            public string {|AI0022:Get|}([Tag("order.id")] int id) => "order" + id;

            public async Task<int> {|AI0022:CountAsync|}()
            {
                await Task.Yield();
                return 1;
            }
        }
        """, """
        using System.Threading.Tasks;
        using AutoInstrument;

        [Microsoft.AspNetCore.Mvc.ApiController]
        public partial class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Traced]
            public partial string Get([Tag("order.id")] int id);

            private string GetCore(int id) => "order" + id;

            [Traced]
            public partial Task<int> CountAsync();

            private async Task<int> CountAsyncCore()
            {
                await Task.Yield();
                return 1;
            }
        }
        """);

    [Fact]
    public Task An_action_already_in_the_partial_form_only_gets_the_missing_attribute() => FixAsync(
        EditorConfig("autoinstrument.boundary.base_types = Microsoft.AspNetCore.Mvc.ControllerBase", "autoinstrument.boundary.require = traced, measured"),
        """
        using AutoInstrument;

        public partial class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Traced]
            public partial string {|AI0022:Get|}(int id);

            private string GetCore(int id) => "order" + id;
        }
        """, """
        using AutoInstrument;

        public partial class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            [Traced]
            [Measured]
            public partial string Get(int id);

            private string GetCore(int id) => "order" + id;
        }
        """);

    [Fact]
    public Task A_hosted_service_start_and_stop_take_the_partial_form_and_its_other_methods_the_attribute() => FixAsync(
        EditorConfig("autoinstrument.boundary.base_types = Microsoft.Extensions.Hosting.IHostedService"),
        """
        using System.Threading;
        using System.Threading.Tasks;
        using AutoInstrument;

        public class Worker : Microsoft.Extensions.Hosting.IHostedService
        {
            public Task {|AI0022:StartAsync|}(CancellationToken cancellationToken) => Task.CompletedTask;

            public Task {|AI0022:StopAsync|}(CancellationToken cancellationToken) => Task.CompletedTask;

            public int {|AI0022:Pending|}() => 0;
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;
        using AutoInstrument;

        public partial class Worker : Microsoft.Extensions.Hosting.IHostedService
        {
            [Traced]
            public partial Task StartAsync(CancellationToken cancellationToken);

            private Task StartAsyncCore(CancellationToken cancellationToken) => Task.CompletedTask;

            [Traced]
            public partial Task StopAsync(CancellationToken cancellationToken);

            private Task StopAsyncCore(CancellationToken cancellationToken) => Task.CompletedTask;

            [Traced]
            public int Pending() => 0;
        }
        """);
}
