using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Testing;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Run pipeline unit tests: runs every test listed in <c>test_names</c> and succeeds only when each one
/// runs without pipeline errors and matches all its golden data sets. Every test runs even after a
/// failure, so the log names all failing tests.
/// </summary>
[Action("RunPipelineTests")]
public sealed class RunPipelineTestsAction : ActionBase
{
    private readonly List<string> testNames = [];

    public override void Init()
    {
        foreach (var test in Meta.Element.Element("test_names")?.Elements("test_name") ?? [])
        {
            var name = test.Element("name")?.Value;
            if (!string.IsNullOrEmpty(name))
            {
                testNames.Add(name);
            }
        }
    }

    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var failed = new List<string>();
        foreach (var name in testNames)
        {
            var outcome = await RunOneAsync(Resolve(name), previous, cancellationToken);
            if (outcome.Passed)
            {
                Log.Basic(Name, $"Unit test '{outcome.TestName}' passed.");
                continue;
            }

            failed.Add(outcome.TestName);
            foreach (var failure in outcome.Failures)
            {
                Log.Error(Name, failure);
            }
        }

        if (failed.Count == 0)
        {
            previous.NrErrors = 0;
            previous.Result = true;
            return previous;
        }

        Log.Error(Name, $"{failed.Count} of {testNames.Count} unit test(s) failed: {string.Join(", ", failed)}.");
        previous.NrErrors++;
        previous.Result = false;
        return previous;
    }

    private async Task<UnitTestOutcome> RunOneAsync(string name, HopResult previous, CancellationToken cancellationToken)
    {
        PipelineUnitTest test;
        try
        {
            test = PipelineUnitTest.Load(Workflow.Context.Project.Metadata, name);
        }
        catch (HopException exception)
        {
            return new UnitTestOutcome(name, false, [$"Action '{Name}' in workflow '{Workflow.Name}': {exception.Message}"]);
        }

        // Hop hands the action's previous result to the tested pipeline, so result rows and files reach it.
        return await UnitTestRunner.RunAsync(test, Workflow.Context, Workflow, Variables, previous, cancellationToken);
    }
}
