using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.WebFront;

/// <summary>The HTML status pages opened in a real headless Chromium while a run goes on and after it ends.</summary>
[Collection(ProgressServerCollection.Name)]
public sealed class StatusPageBrowserTests(ProgressServerFixture fixture)
{
    private const long Rows = 5_000_000;

    private static readonly string[] BrowserArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private HttpClient Client => fixture.Server.Client;

    [ChromiumFact]
    public async Task WorkflowStatusPage_RunningRun_RendersAndRefreshesToFinished()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ExecutablePath), $"{ChromiumFactAttribute.ExecutablePath} is missing; test.sh installs it.");
        var userData = Directory.CreateTempSubdirectory("asynchop-chromium-");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var context = await playwright.Chromium.LaunchPersistentContextAsync(userData.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = BrowserArguments,
                HttpCredentials = new HttpCredentials { Username = "cluster", Password = "cluster" },
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            });
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            var id = HopClient.Text(await HopClient.StartAsync(Client, $"service={ProgressServerFixture.Service}&ROWS={Rows}"), "id");
            await WaitForLoadRunningAsync(id);

            var response = await page.GotoAsync(new Uri(fixture.Server.BaseAddress, $"/hop/workflowStatus?name=progress&id={id}").ToString());
            Assert.Equal(200, response!.Status);
            await page.EvaluateAsync("() => { window.loadedOnce = true; }");
            var runningStatus = await page.Locator("#status").InnerTextAsync();
            var liveWhileRunning = await page.Locator("#live").GetAttributeAsync("data-live");
            var loadRows = await page.Locator("table.transforms[data-pipeline='load'] tbody tr").CountAsync();
            var actionsWhileRunning = await page.Locator("#actions").InnerTextAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("workflow-status-running.png"), FullPage = true });

            await page.WaitForFunctionAsync(
                "() => document.getElementById('status')?.textContent === 'Finished'",
                null,
                new PageWaitForFunctionOptions { Timeout = 180_000, PollingInterval = 250 });
            var discard = page.Locator("table.transforms[data-pipeline='load'] tbody tr").Filter(new LocatorFilterOptions { HasText = "Discard" });
            var finalRead = await discard.Locator("td").Nth(2).InnerTextAsync();
            var finalStatus = await discard.Locator("td").Nth(9).InnerTextAsync();
            var sameDocument = await page.EvaluateAsync<bool>("() => window.loadedOnce === true");
            var liveAtEnd = await page.Locator("#live").GetAttributeAsync("data-live");
            var dropped = await page.Locator("#dropped").InnerTextAsync();
            var title = await page.Locator("#workflow-name").InnerTextAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("workflow-status-finished.png"), FullPage = true });

            Assert.Equal("Running", runningStatus.Trim());
            Assert.Equal("true", liveWhileRunning);
            Assert.Equal(3, loadRows);
            Assert.Contains("Load", actionsWhileRunning);
            Assert.Equal("progress", title);
            Assert.Equal(Rows.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture), finalRead);
            Assert.Equal("Finished", finalStatus.Trim());
            Assert.True(sameDocument, "the page refreshed its content in place");
            Assert.Equal("false", liveAtEnd);
            Assert.Contains("older lines dropped", dropped);

            await page.GotoAsync(new Uri(fixture.Server.BaseAddress, "/hop/status").ToString());
            var link = page.Locator($"#workflows a[href*='{id}']").First;
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("server-status.png"), FullPage = true });
            await link.ClickAsync();
            await page.WaitForURLAsync($"**/hop/workflowStatus?*id={id}*");
            Assert.Equal("Finished", (await page.Locator("#status").InnerTextAsync()).Trim());
        }
        finally
        {
            userData.Delete(recursive: true);
        }
    }

    private async Task WaitForLoadRunningAsync(string id)
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var status = await HopClient.StatusAsync(Client, ProgressServerFixture.Service, id);
            var running = status["pipelineStatuses"]!.AsArray().Any(p =>
                HopClient.Text(p, "pipelineName") == "load" && HopClient.Text(p, "statusDescription") == "Running" &&
                p!["transformStatusList"]!.AsArray().Any(t => t!["linesWritten"]!.GetValue<long>() > 10));
            if (running)
            {
                return;
            }

            Assert.NotEqual("Finished", HopClient.Text(status, "statusDescription"));
            await Task.Delay(150, cancellation.Token);
        }
    }

    private static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
