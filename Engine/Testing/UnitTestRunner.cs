using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>The verdict on one unit test: passed, or the reasons it failed.</summary>
public sealed record UnitTestOutcome(string TestName, bool Passed, IReadOnlyList<string> Failures);

/// <summary>
/// Runs one pipeline unit test: loads the pipeline it names, applies its data sets and tweaks, runs it
/// and compares what each golden transform received with its golden data set.
/// </summary>
public static class UnitTestRunner
{
    public static async Task<UnitTestOutcome> RunAsync(
        PipelineUnitTest test,
        RunContext context,
        IExecutionScope parentScope,
        VariableSpace variables,
        HopResult? previousResult,
        CancellationToken cancellationToken)
    {
        try
        {
            return await RunCheckedAsync(test, context, parentScope, variables, previousResult, cancellationToken);
        }
        catch (HopException exception)
        {
            return new UnitTestOutcome(test.Name, false, [$"Unit test '{test.Name}' could not run: {exception.Message}"]);
        }
    }

    /// <summary>The pipeline file: relative to the test's base path, else to HOP_UNIT_TESTS_FOLDER.</summary>
    public static string PipelinePath(PipelineUnitTest test, VariableSpace variables)
    {
        var file = HopPaths.ToLocalPath(variables.Resolve(test.PipelineFilename));
        if (string.IsNullOrEmpty(file))
        {
            throw new HopException($"Unit test '{test.Name}' names no pipeline file.");
        }

        var basePath = HopPaths.ToLocalPath(variables.Resolve(test.BasePath));
        if (string.IsNullOrEmpty(basePath))
        {
            basePath = HopPaths.ToLocalPath(variables.Resolve("${" + InternalVariables.UnitTestsFolder + "}"));
        }

        return Path.GetFullPath(Path.IsPathRooted(file) ? file : Path.Combine(basePath, file));
    }

    private static async Task<UnitTestOutcome> RunCheckedAsync(
        PipelineUnitTest test,
        RunContext context,
        IExecutionScope parentScope,
        VariableSpace variables,
        HopResult? previousResult,
        CancellationToken cancellationToken)
    {
        if (test.DatabaseReplacementCount > 0)
        {
            throw new HopException($"Unit test '{test.Name}': replacing database connections is not supported by this engine.");
        }

        // Hop marks a unit test run with these variables; pipelines may test them.
        var testVariables = new VariableSpace(variables);
        testVariables.Set("__UnitTest_Run__", "Y");
        testVariables.Set("__UnitTest_Name__", test.Name);
        foreach (var (name, value) in test.VariableValues)
        {
            testVariables.Set(name, testVariables.Resolve(value));
        }

        var original = PipelineMeta.Load(PipelinePath(test, testVariables));
        var metadata = context.Project.Metadata;
        var (substitution, pipeline) = UnitTestSubstitution.Prepare(test, original, metadata, testVariables);
        var parameters = pipeline.Parameters
            .Select(p => (p.Name, Value: testVariables.Get(p.Name)))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .ToDictionary(p => p.Name, p => p.Value!, StringComparer.Ordinal);
        var execution = new PipelineExecution(pipeline, context, new ChildScope(testVariables, parentScope), parameters)
        {
            Substitution = substitution,
            PreviousResult = previousResult ?? new HopResult(),
        };
        context.Log.Basic(test.Name, $"Running unit test '{test.Name}' on pipeline '{pipeline.FilePath}'");
        var result = await execution.RunAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var failures = new List<string>();
        if (result.NrErrors > 0)
        {
            var cause = execution.Snapshot().ErrorDescription;
            failures.Add($"Unit test '{test.Name}': the pipeline '{pipeline.Name}' ended with {result.NrErrors} error(s)" +
                (string.IsNullOrEmpty(cause) ? "." : $": {cause}"));
        }

        foreach (var location in test.GoldenDataSets)
        {
            if (pipeline.FindTransform(location.TransformName) is null || location.DataSetName.Length == 0)
            {
                continue;
            }

            var capture = substitution.Captures[location.TransformName];
            var dataSet = DataSet.Load(metadata, testVariables.Resolve(location.DataSetName));
            var (goldenMeta, goldenRows) = dataSet.ReadMapped(location, testVariables);
            var actualMeta = capture.Meta ?? new Values.RowMeta();
            failures.AddRange(GoldenComparer.Compare(test.Name, location, actualMeta, capture.Rows, goldenMeta, goldenRows));
        }

        return new UnitTestOutcome(test.Name, failures.Count == 0, failures);
    }
}
