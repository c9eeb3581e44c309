using System.CommandLine;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.Silo;
using Orleans.AsyncHop.Silo.Commands;
using Orleans.AsyncHop.WebFront;

if (args.Length > 0 && args[0] is "run" or "init-db")
{
    var root = new RootCommand("Orleans.AsyncHop: Apache Hop's asynchronous web service on Orleans.") { RunCommand.Create(), InitDbCommand.Create() };
    return await root.Parse(args).InvokeAsync();
}

var builder = WebApplication.CreateBuilder(args);
builder.AddHopWebFront();
SiloSetup.AddHopGrainServices(builder.Services, builder.Configuration);
builder.UseOrleans(silo => SiloSetup.Configure(silo, builder.Configuration));

var app = builder.Build();
var projectHome = app.Services.GetRequiredService<HopProjectProvider>().Home;
if (!Directory.Exists(projectHome))
{
    app.Logger.LogCritical("The Hop project home {ProjectHome} does not exist; set --Hop:ProjectHome=DIR", projectHome);
    return 2;
}

app.MapHopWebFront();
app.Logger.LogInformation("Serving the Hop project {ProjectHome}", projectHome);
await app.RunAsync();
return 0;

/// <summary>The silo's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
