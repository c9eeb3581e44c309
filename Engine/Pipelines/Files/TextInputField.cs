using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>One input field of Text file input: its metadata plus null handling, repetition and fixed-width position.</summary>
public sealed record TextInputField(ValueMeta Meta, string? NullString, string? IfNull, bool Repeat, int Position, int Length, bool Ignore);
