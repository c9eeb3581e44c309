using System.Text.Json.Nodes;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.WebFront;

/// <summary>A separate front end process, as an Orleans client of a running silo, serves the same runs.</summary>
public sealed class StandaloneWebFrontTests
{
    [Fact]
    public async Task FrontEnd_StartsRunThatSiloReports()
    {
        var gatewayPort = FreePorts.Next();
        await using var silo = await SiloProcess.StartAsync("Silo", TestProjects.CopySample(), FreePorts.Next(), gatewayPort);
        await using var front = await SiloProcess.StartAsync("WebFront", silo.ProjectHome, FreePorts.Next(), gatewayPort);

        var id = HopClient.Text(await HopClient.StartAsync(front.Client, "service=dataload&MAX=7", "{}"), "id");
        var viaSilo = await HopClient.WaitForStatusAsync(silo.Client, "dataload", id, TimeSpan.FromSeconds(60), "Finished", "Finished (with errors)");
        var viaFront = await HopClient.StatusAsync(front.Client, "dataload", id);
        var list = JsonNode.Parse(await front.Client.GetStringAsync("/hop/status?json=Y"))!;

        Assert.Equal("Finished", HopClient.Text(viaSilo, "statusDescription"));
        Assert.Equal("7", HopClient.Text(viaSilo["statusVariables"], "ROWS_DONE"));
        Assert.Equal("Finished", HopClient.Text(viaFront, "statusDescription"));
        Assert.Contains(list["workflowStatusList"]!.AsArray(), w => HopClient.Text(w, "id") == id);
    }
}
