using System.CommandLine;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Silo;
using Orleans.AsyncHop.Silo.Commands;
using Orleans.AsyncHop.WebFront;
using Orleans.AsyncHop.WebFront.Telemetry;

if (args.Length > 0 && args[0] is "run" or "conformance" or "init-db")
{
    var root = new RootCommand("Orleans.AsyncHop: Apache Hop's asynchronous web service on Orleans.")
    {
        RunCommand.Create(),
        ConformanceCommand.Create(),
        InitDbCommand.Create(),
    };
    return await root.Parse(args).InvokeAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHopWebFront();
builder.AddHopTelemetry(WebFrontTelemetry.SiloServiceName);
SiloSetup.AddHopGrainServices(builder.Services, builder.Configuration);
builder.UseOrleans(silo => SiloSetup.Configure(silo, builder.Configuration));

var app = builder.Build();
var projectHome = app.Services.GetRequiredService<HopProjectProvider>().Home;
if (!Directory.Exists(projectHome))
{
    app.Logger.LogProjectHomeMissing(projectHome);
    return 2;
}

try
{
    app.MapHopWebFront();
}
catch (InvalidOperationException exception)
{
    app.Logger.LogUnsafeListenAddress(exception.Message);
    return 3;
}

app.Logger.LogServingProject(projectHome);
await app.RunAsync();
return 0;

/// <summary>The entry point of the silo, public so that tests can refer to the assembly.</summary>
public partial class Program;
