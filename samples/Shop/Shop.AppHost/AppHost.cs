using System.Net;
using System.Net.Sockets;

// The AppHost builds the services in its own configuration.
#if DEBUG
const string BuildConfiguration = "Debug";
#else
const string BuildConfiguration = "Release";
#endif

var builder = DistributedApplication.CreateBuilder(args);
var shop = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
var work = Directory.CreateTempSubdirectory("shop-apphost-").FullName;
var (paymentsPort, ordersPort, prometheusPort, alertmanagerPort) = (FreePort(), FreePort(), FreePort(), FreePort());

var payments = builder.AddProject<Projects.Shop_Payments>("shop-payments")
    .WithHttpEndpoint(port: paymentsPort);
builder.AddProject<Projects.Shop_Orders>("shop-orders")
    .WithHttpEndpoint(port: ordersPort)
    .WithEnvironment("Payments__Url", payments.GetEndpoint("http"));

// Prometheus scrapes both services on their fixed proxy ports and loads the rules the order API's build wrote.
var rules = Path.Combine(shop, "Shop.Orders", "bin", BuildConfiguration, "net10.0", "Shop.Orders.slo-rules.yml");
File.WriteAllText(Path.Combine(work, "prometheus.yml"), $"""
    global:
      scrape_interval: 1s
      evaluation_interval: 1s
    rule_files:
      - {rules}
    alerting:
      alertmanagers:
        - static_configs:
            - targets: ["127.0.0.1:{alertmanagerPort}"]
    scrape_configs:
      - job_name: shop-orders
        static_configs:
          - targets: ["127.0.0.1:{ordersPort}"]
      - job_name: shop-payments
        static_configs:
          - targets: ["127.0.0.1:{paymentsPort}"]
    """);
File.WriteAllText(Path.Combine(work, "alertmanager.yml"), """
    route:
      receiver: on-call
      group_by: [alertname, slo, severity]
      group_wait: 1s
    receivers:
      - name: on-call
    """);

builder.AddExecutable("prometheus", "prometheus", work,
        "--config.file=prometheus.yml", "--storage.tsdb.path=prometheus", "--enable-feature=exemplar-storage",
        $"--web.listen-address=127.0.0.1:{prometheusPort}")
    .WithUrl(LocalUrl(prometheusPort));
builder.AddExecutable("alertmanager", "prometheus-alertmanager", work,
        "--config.file=alertmanager.yml", "--storage.path=alertmanager", "--cluster.listen-address=",
        $"--web.listen-address=127.0.0.1:{alertmanagerPort}")
    .WithUrl(LocalUrl(alertmanagerPort));

builder.Build().Run();

static string LocalUrl(int port) => $"http://127.0.0.1:{port}";

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
