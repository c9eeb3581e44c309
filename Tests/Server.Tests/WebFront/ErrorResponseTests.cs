using System.Net;
using Orleans.AsyncHop.Server.Tests.Infrastructure;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.WebFront;

/// <summary>Bad requests get a status code and a problem body naming the field, where Hop sends an empty 200.</summary>
[Collection(ServerCollection.Name)]
public sealed class ErrorResponseTests(ServerFixture fixture)
{
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData("/hop/asyncRun", HttpStatusCode.BadRequest, "service")]
    [InlineData("/hop/asyncRun?service=", HttpStatusCode.BadRequest, "service")]
    [InlineData("/hop/asyncRun?service=no-such-service", HttpStatusCode.NotFound, "service")]
    [InlineData("/hop/asyncRun?service=disabled", HttpStatusCode.Conflict, "service")]
    [InlineData("/hop/asyncRun?service=missing-file", HttpStatusCode.InternalServerError, "service")]
    [InlineData("/hop/asyncRun?service=outside-home", HttpStatusCode.InternalServerError, "service")]
    [InlineData("/hop/asyncRun?service=dataload&runConfig=no-such-config", HttpStatusCode.NotFound, "runConfig")]
    [InlineData("/hop/asyncRun?service=../metadata/x", HttpStatusCode.NotFound, "service")]
    [InlineData("/hop/asyncStatus?id=abc", HttpStatusCode.BadRequest, "service")]
    [InlineData("/hop/asyncStatus?service=dataload", HttpStatusCode.BadRequest, "id")]
    [InlineData("/hop/asyncStatus?service=dataload&id=no-such-run", HttpStatusCode.NotFound, "id")]
    [InlineData("/hop/workflowStatus?id=no-such-run&json=Y", HttpStatusCode.NotFound, "id")]
    [InlineData("/hop/workflowStatus?json=Y", HttpStatusCode.BadRequest, "id")]
    [InlineData("/hop/stopWorkflow?id=no-such-run&xml=Y", HttpStatusCode.NotFound, "id")]
    [InlineData("/hop/removeWorkflow?name=no-such-run&xml=Y", HttpStatusCode.NotFound, "name")]
    [InlineData("/hop/asyncRun?service=dataload&PROJECT_HOME=/tmp", HttpStatusCode.BadRequest, "PROJECT_HOME")]
    [InlineData("/hop/asyncRun?service=dataload&OUTPUT_FOLDER=/tmp", HttpStatusCode.BadRequest, "OUTPUT_FOLDER")]
    [InlineData("/hop/asyncRun?service=dataload&Internal.Workflow.Name=x", HttpStatusCode.BadRequest, "Internal.Workflow.Name")]
    [InlineData("/hop/asyncRun?service=broken-json", HttpStatusCode.InternalServerError, "service")]
    [InlineData("/hop/asyncRun?service=unknown-action", HttpStatusCode.InternalServerError, "service")]
    [InlineData("/hop/asyncRun?service=linked", HttpStatusCode.InternalServerError, "service")]
    public async Task BadRequest_AnswersProblemNamingField(string url, HttpStatusCode expectedStatus, string field)
    {
        using var response = await Client.PostAsync(url, new StringContent(string.Empty));

        Assert.Equal(expectedStatus, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await HopClient.ProblemAsync(response);
        Assert.Equal(field, HopClient.Text(problem, "field"));
        Assert.Equal((int)expectedStatus, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(HopClient.Text(problem, "detail")));
    }

    [Fact]
    public async Task AsyncStatus_RunOfOtherService_IsNotFound()
    {
        var started = await HopClient.StartAsync(Client, "service=dataload&MAX=1");

        using var response = await Client.GetAsync($"/hop/asyncStatus?service=slow&id={HopClient.Text(started, "id")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("service", HopClient.Text(await HopClient.ProblemAsync(response), "field"));
    }

    [Fact]
    public async Task HeaderVariable_LeavesOutCredentials()
    {
        var started = await HopClient.StartAsync(Client, "service=headers");
        var id = HopClient.Text(started, "id");

        var status = await HopClient.StatusAsync(Client, "headers", id);
        await Client.GetAsync($"/hop/removeWorkflow?id={id}&json=Y");

        var headers = HopClient.Text(status["statusVariables"], "ASYNC_HEADERS");
        Assert.Contains("\"Host\"", headers);
        Assert.DoesNotContain("Authorization", headers);
    }

    [Theory]
    [InlineData("GET", "/hop/no-such-page")]
    [InlineData("PATCH", "/hop/status")]
    public async Task FrameworkErrors_HaveProblemBodies(string method, string url)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.True((int)response.StatusCode is 404 or 405, response.StatusCode.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/hop/asyncRun?service=dataload")]
    [InlineData("/hop/status")]
    [InlineData("/hop/workflowStatus?id=x")]
    public async Task NoCredentials_Answers401WithChallenge(string url)
    {
        using var anonymous = new HttpClient { BaseAddress = fixture.Server.BaseAddress };

        using var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic realm=\"Hop\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task WrongPassword_Answers401()
    {
        using var client = new HttpClient { BaseAddress = fixture.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("cluster:wrong"u8.ToArray()));

        using var response = await client.GetAsync("/hop/status");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
