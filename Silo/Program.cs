using System.CommandLine;
using Orleans.AsyncHop.Silo.Commands;

if (args.Length > 0 && args[0] is "run" or "conformance")
{
    var root = new RootCommand("Orleans.AsyncHop: Apache Hop's asynchronous web service on Orleans.") { RunCommand.Create(), ConformanceCommand.Create() };
    return await root.Parse(args).InvokeAsync();
}

var app = WebApplication.CreateBuilder(args).Build();
await app.RunAsync();
return 0;
