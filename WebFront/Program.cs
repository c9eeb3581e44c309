using Orleans.AsyncHop.WebFront;
using Orleans.AsyncHop.WebFront.Telemetry;

// A front end on its own: an Orleans client of a running cluster that serves the hop/* API.
var builder = WebApplication.CreateBuilder(args);
builder.AddHopWebFront();
builder.AddHopTelemetry(WebFrontTelemetry.WebFrontServiceName);
builder.UseOrleansClient(client => ClusterClientSetup.Configure(client, builder.Configuration));

var app = builder.Build();
try
{
    app.MapHopWebFront();
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine($"Not starting: {exception.Message}");
    return 3;
}

await app.RunAsync();
return 0;
