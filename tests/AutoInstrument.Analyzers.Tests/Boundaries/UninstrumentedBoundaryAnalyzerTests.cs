using Microsoft.CodeAnalysis.Testing;
using static AutoInstrument.Analyzers.Tests.Boundaries.BoundaryTest;

namespace AutoInstrument.Analyzers.Tests.Boundaries;

public sealed class UninstrumentedBoundaryAnalyzerTests
{
    private static readonly string ServicesByName = EditorConfig("autoinstrument.boundary.name_patterns = *Service, *Client");

    private static DiagnosticResult Boundary(int location, string method, string type, string reason, string add) =>
        new DiagnosticResult("AI0022", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(location).WithArguments(method, type, reason, add);

    [Fact]
    public Task A_public_method_of_a_type_whose_name_matches_a_pattern_is_reported() => AnalyzeAsync(ServicesByName, """
        using AutoInstrument;

        namespace Shop;

        public class OrderService
        {
            public int {|#0:Place|}(int item) => item;
        }

        public class PaymentClient
        {
            public void {|#1:Charge|}() { }
        }

        public class OrderBook
        {
            public int Count() => 0;
        }
        """,
        Boundary(0, "OrderService.Place", "OrderService", "name pattern *Service", "[Traced]"),
        Boundary(1, "PaymentClient.Charge", "PaymentClient", "name pattern *Client", "[Traced]"));

    [Fact]
    public Task A_type_deriving_from_a_listed_base_class_anywhere_up_the_chain_is_a_boundary() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.base_types = Shop.ServiceBase"),
        """
        namespace Shop;

        public abstract class ServiceBase { }
        public abstract class CatalogBase : ServiceBase { }

        public class Catalog : CatalogBase
        {
            public string {|#0:Find|}(int id) => "item" + id;
        }
        """,
        Boundary(0, "Catalog.Find", "Catalog", "base type Shop.ServiceBase", "[Traced]"));

    [Fact]
    public Task A_type_implementing_a_listed_generic_interface_is_a_boundary_by_its_metadata_name() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.base_types = Shop.IRepository`1"),
        """
        namespace Shop;

        public interface IRepository<T> { T Load(int id); }

        public class Orders : IRepository<string>
        {
            public string {|#0:Load|}(int id) => "order" + id;
        }
        """,
        Boundary(0, "Orders.Load", "Orders", "interface Shop.IRepository`1", "[Traced]"));

    [Fact]
    public Task The_listed_base_type_itself_is_not_a_boundary() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.base_types = Shop.IRepository"),
        """
        namespace Shop;

        public interface IRepository { string Load(int id); }
        """);

    [Fact]
    public Task A_type_with_a_listed_attribute_or_an_attribute_derived_from_it_is_a_boundary() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.attributes = Microsoft.AspNetCore.Mvc.Controller"),
        """
        [Microsoft.AspNetCore.Mvc.ApiController]
        public class Orders
        {
            public string {|#0:Get|}(int id) => "order" + id;
        }
        """,
        Boundary(0, "Orders.Get", "Orders", "attribute Microsoft.AspNetCore.Mvc.ControllerAttribute", "[Traced]"));

    [Fact]
    public Task An_inherited_attribute_on_a_base_class_makes_the_derived_type_a_boundary_and_one_that_is_not_inherited_does_not() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.attributes = Shop.EndpointAttribute, Shop.LocalAttribute"),
        """
        namespace Shop;

        public sealed class EndpointAttribute : System.Attribute { }

        [System.AttributeUsage(System.AttributeTargets.Class, Inherited = false)]
        public sealed class LocalAttribute : System.Attribute { }

        [Endpoint]
        public abstract class EndpointBase { }

        public class Orders : EndpointBase
        {
            public string {|#0:Get|}(int id) => "order" + id;
        }

        [Local]
        public abstract class LocalBase { }

        public class Users : LocalBase
        {
            public string Get(int id) => "user" + id;
        }
        """,
        Boundary(0, "Orders.Get", "Orders", "attribute Shop.EndpointAttribute", "[Traced]"));

    [Fact]
    public Task A_listed_namespace_covers_the_namespaces_inside_it_and_a_pattern_matches_the_whole_name() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.namespaces = Shop.Api, *.Endpoints"),
        """
        namespace Shop.Api.Orders
        {
            public class OrderApi { public void {|#0:Place|}() { } }
        }

        namespace Shop.Billing.Endpoints
        {
            public class Invoices { public void {|#1:Send|}() { } }
        }

        namespace Shop.Apis
        {
            public class Other { public void Run() { } }
        }
        """,
        Boundary(0, "OrderApi.Place", "OrderApi", "namespace Shop.Api", "[Traced]"),
        Boundary(1, "Invoices.Send", "Invoices", "namespace *.Endpoints", "[Traced]"));

    [Fact]
    public Task A_declaration_in_a_global_config_applies_to_every_file() => AnalyzeAsync(
        "is_global = true\nautoinstrument.boundary.name_patterns = *Service\n",
        """
        public class OrderService
        {
            public int {|#0:Place|}(int item) => item;
        }
        """,
        Boundary(0, "OrderService.Place", "OrderService", "name pattern *Service", "[Traced]"));

    [Fact]
    public Task A_partial_method_is_reported_once_at_its_declaration() => AnalyzeAsync(ServicesByName, """
        public partial class OrderService
        {
            public partial int {|#0:Place|}(int item);

            public partial int Place(int item) => item;
        }
        """,
        Boundary(0, "OrderService.Place", "OrderService", "name pattern *Service", "[Traced]"));

    [Fact]
    public Task Nothing_is_reported_where_no_boundary_is_declared() => AnalyzeAsync(EditorConfig("autoinstrument.boundary.require = traced"), """
        public class OrderService
        {
            public int Place(int item) => item;
        }
        """);

    [Fact]
    public Task The_declaration_applies_to_the_files_its_section_names() => AnalyzeAsync(
        "root = true\n\n[/src/Api/*.cs]\nautoinstrument.boundary.name_patterns = *Service\n",
        """
        public class OrderService
        {
            public int Place(int item) => item;
        }
        """);

    [Fact]
    public Task Methods_instrumented_on_themselves_through_their_type_or_through_the_abstraction_they_implement_are_quiet() => AnalyzeAsync(ServicesByName, """
        using System.Threading.Tasks;
        using AutoInstrument;

        public class OrderService
        {
            [Traced]
            public int Place(int item) => item;
        }

        [Traced]
        public class UserService
        {
            public string Find(int id) => "user" + id;
        }

        public interface IStockService
        {
            [Traced]
            int Reserve(int item);
        }

        public class StockService : IStockService
        {
            public int Reserve(int item) => item;
        }

        public abstract class PricingServiceBase
        {
            [Traced]
            public abstract decimal Price(int item);
        }

        public class PricingService : PricingServiceBase
        {
            public override decimal Price(int item) => item;
        }
        """);

    [Fact]
    public Task Only_public_ordinary_methods_of_a_publicly_visible_type_are_boundary_operations() => AnalyzeAsync(ServicesByName, """
        using System;

        public class OrderService : IDisposable, IEquatable<OrderService>
        {
            public OrderService() { }

            public int Count { get; set; }

            public static OrderService operator +(OrderService left, OrderService right) => left;

            internal void Audit() { }

            protected void Log() { }

            private void Hide() { }

            public override string ToString() => "orders";

            public override int GetHashCode() => 0;

            public override bool Equals(object? other) => other is OrderService;

            public bool Equals(OrderService? other) => other is not null;

            public void Dispose() { }

            public event EventHandler? Placed;

            public void {|#0:Place|}() => Placed?.Invoke(this, EventArgs.Empty);
        }

        internal class AuditService
        {
            public void Record() { }
        }

        public class Outer
        {
            private class HiddenService
            {
                public void Run() { }
            }
        }
        """,
        Boundary(0, "OrderService.Place", "OrderService", "name pattern *Service", "[Traced]"));

    [Fact]
    public Task The_members_of_a_boundary_interface_are_where_it_is_instrumented() => AnalyzeAsync(ServicesByName, """
        using AutoInstrument;

        public interface IOrderService
        {
            int {|#0:Place|}(int item);

            [Traced]
            int Cancel(int item);
        }
        """,
        Boundary(0, "IOrderService.Place", "IOrderService", "name pattern *Service", "[Traced]"));

    [Fact]
    public Task With_traced_and_measured_required_a_traced_method_is_asked_for_measured_only() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.name_patterns = *Service", "autoinstrument.boundary.require = traced, measured"),
        """
        using AutoInstrument;

        public class OrderService
        {
            [Traced]
            public int {|#0:Place|}(int item) => item;

            public int {|#1:Cancel|}(int item) => item;

            [Traced, Measured]
            public int Count() => 0;
        }
        """,
        Boundary(0, "OrderService.Place", "OrderService", "name pattern *Service", "[Measured]"),
        Boundary(1, "OrderService.Cancel", "OrderService", "name pattern *Service", "[Traced] and [Measured]"));

    [Fact]
    public Task A_require_value_that_names_neither_attribute_keeps_the_default_traced() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.name_patterns = *Service", "autoinstrument.boundary.require = tracd"),
        """
        public class OrderService
        {
            public int {|#0:Place|}(int item) => item;
        }
        """,
        Boundary(0, "OrderService.Place", "OrderService", "name pattern *Service", "[Traced]"));

    [Fact]
    public Task Controller_actions_and_hosted_service_entry_points_are_told_to_use_the_partial_form() => AnalyzeAsync(
        EditorConfig("autoinstrument.boundary.base_types = Microsoft.AspNetCore.Mvc.ControllerBase, Microsoft.Extensions.Hosting.IHostedService"),
        """
        using System.Threading;
        using System.Threading.Tasks;

        public class OrdersController : Microsoft.AspNetCore.Mvc.ControllerBase
        {
            public string {|#0:Get|}(int id) => "order" + id;
        }

        public class Worker : Microsoft.Extensions.Hosting.IHostedService
        {
            public Task {|#1:StartAsync|}(CancellationToken cancellationToken) => Task.CompletedTask;

            public Task {|#2:StopAsync|}(CancellationToken cancellationToken) => Task.CompletedTask;

            public int {|#3:Pending|}() => 0;
        }
        """,
        Boundary(0, "OrdersController.Get", "OrdersController", "base type Microsoft.AspNetCore.Mvc.ControllerBase", "[Traced] in the partial form, since only the framework calls it"),
        Boundary(1, "Worker.StartAsync", "Worker", "interface Microsoft.Extensions.Hosting.IHostedService", "[Traced] in the partial form, since only the framework calls it"),
        Boundary(2, "Worker.StopAsync", "Worker", "interface Microsoft.Extensions.Hosting.IHostedService", "[Traced] in the partial form, since only the framework calls it"),
        Boundary(3, "Worker.Pending", "Worker", "interface Microsoft.Extensions.Hosting.IHostedService", "[Traced]"));
}
