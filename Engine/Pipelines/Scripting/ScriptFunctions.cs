using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Scripting;

/// <summary>
/// The Hop helper functions that JavaScript transform scripts call (getVariable, setVariable, writeToLog,
/// str2date, date2str, num2str, str2num, truncDate, dateAdd, …), the trans_Status constants, the
/// <c>_transform_</c> object and Java's String methods (equals, equalsIgnoreCase) on script strings.
/// </summary>
internal static class ScriptFunctions
{
    public const int ContinueTransformation = 0;
    public const int SkipTransformation = 1;
    public const int AbortTransformation = -1;
    public const int ErrorTransformation = -2;

    private const string Prelude = """
        var CONTINUE_TRANSFORMATION = 0, SKIP_TRANSFORMATION = 1, ABORT_TRANSFORMATION = -1, ERROR_TRANSFORMATION = -2;
        var trans_Status = CONTINUE_TRANSFORMATION;
        String.prototype.equals = function (other) {
          return other !== null && other !== undefined && String(this) === String(other);
        };
        String.prototype.equalsIgnoreCase = function (other) {
          return other !== null && other !== undefined && String(this).toLowerCase() === String(other).toLowerCase();
        };
        function isNull(v) { return v === null || v === undefined; }
        function isEmpty(v) { return v === null || v === undefined || String(v).length === 0; }
        function nvl(v, d) { return (v === null || v === undefined) ? d : v; }
        function trim(s) { return s === null || s === undefined ? s : String(s).trim(); }
        function ltrim(s) { return s === null || s === undefined ? s : String(s).replace(/^\s+/, ''); }
        function rtrim(s) { return s === null || s === undefined ? s : String(s).replace(/\s+$/, ''); }
        function upper(s) { return s === null || s === undefined ? s : String(s).toUpperCase(); }
        function lower(s) { return s === null || s === undefined ? s : String(s).toLowerCase(); }
        function lpad(s, c, n) { s = String(s); while (s.length < n) { s = c + s; } return s; }
        function rpad(s, c, n) { s = String(s); while (s.length < n) { s = s + c; } return s; }
        function substr(s, start, length) {
          s = String(s);
          return length === undefined ? s.substring(start) : s.substring(start, start + length);
        }
        function indexOf(s, search, from) { return String(s).indexOf(search, from === undefined ? 0 : from); }
        function replace(s) {
          if (arguments.length < 3 || arguments.length % 2 === 0) {
            throw new Error('replace needs a text and pairs of regular expression and replacement');
          }
          if (s === null || s === undefined) { return s; }
          var result = String(s);
          for (var i = 1; i < arguments.length; i += 2) {
            result = result.replace(new RegExp(String(arguments[i]), 'g'), String(arguments[i + 1]));
          }
          return result;
        }
        function isNum(v) { return v !== null && v !== undefined && String(v).trim() !== '' && !isNaN(Number(v)); }
        function isDate(v) { return v instanceof Date; }
        function truncDate(d, level) {
          var r = new Date(d.getTime());
          if (level >= 0) { r.setMilliseconds(0); }
          if (level >= 1) { r.setSeconds(0); }
          if (level >= 2) { r.setMinutes(0); }
          if (level >= 3) { r.setHours(0); }
          if (level >= 4) { r.setDate(1); }
          if (level >= 5) { r.setMonth(0); }
          return r;
        }
        function dateAdd(d, unit, amount) {
          var r = new Date(d.getTime());
          switch (String(unit).toLowerCase()) {
            case 'y': r.setFullYear(r.getFullYear() + amount); break;
            case 'm': r.setMonth(r.getMonth() + amount); break;
            case 'd': r.setDate(r.getDate() + amount); break;
            case 'w': r.setDate(r.getDate() + 7 * amount); break;
            case 'hh': r.setHours(r.getHours() + amount); break;
            case 'mi': r.setMinutes(r.getMinutes() + amount); break;
            case 'ss': r.setSeconds(r.getSeconds() + amount); break;
            default: throw new Error('dateAdd: unknown unit ' + unit);
          }
          return r;
        }
        function Alert(message) { writeToLog('b', String(message)); }
        var _transform_ = {
          getPipeline: function () { return { getVariable: __getPipelineVariable, setVariable: __setPipelineVariable }; },
          getVariable: function (name) { return getVariable(name, null); },
          setVariable: function (name, value) { __setPipelineVariable(name, value); }
        };
        """;

    public static void Register(Jint.Engine engine, ScriptHost host)
    {
        Set(engine, "getVariable", args =>
        {
            RequireArguments("getVariable", args, 2);
            return host.GetVariable(Text(args, 0)) is { } value ? new JsString(value) : new JsString(Text(args, 1));
        });
        Set(engine, "setVariable", args =>
        {
            RequireArguments("setVariable", args, 3);
            host.SetVariable(Text(args, 0), Text(args, 1), Text(args, 2));
            return JsValue.Undefined;
        });
        Set(engine, "writeToLog", args =>
        {
            var (level, message) = args.Length > 1 ? (Text(args, 0), Text(args, 1)) : ("b", Text(args, 0));
            host.WriteToLog(level, message);
            return JsValue.Undefined;
        });
        Set(engine, "__getPipelineVariable", args =>
            host.GetPipelineVariable(Text(args, 0)) is { } value ? new JsString(value) : JsValue.Null);
        Set(engine, "__setPipelineVariable", args =>
        {
            host.SetPipelineVariable(Text(args, 0), NullableText(Arg(args, 1)));
            return JsValue.Undefined;
        });
        Set(engine, "str2date", args => Arg(args, 0).IsNull() || Arg(args, 0).IsUndefined()
            ? JsValue.Null
            : JsConversions.ToJsDate(engine, (DateTime)ValueConverter.FromString(DateMeta(args), Text(args, 0))!));
        Set(engine, "date2str", args => Arg(args, 0).IsDate()
            ? new JsString(ValueConverter.ToText(DateMeta(args), JsConversions.FromJsDate(Arg(args, 0)))!)
            : JsValue.Null);
        Set(engine, "num2str", args => new JsString(ValueConverter.ToText(
            NumberMeta(args), TypeConverter.ToNumber(Arg(args, 0))) ?? string.Empty));
        Set(engine, "str2num", args => ValueConverter.FromString(NumberMeta(args), Text(args, 0)) is double d
            ? new JsNumber(d)
            : JsValue.Null);
        engine.Execute(Prelude);
    }

    private static void Set(Jint.Engine engine, string name, Func<JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));

    /// <summary>Raises a script error, as Hop does, when a helper is called with the wrong number of arguments.</summary>
    private static void RequireArguments(string function, JsValue[] args, int count)
    {
        if (args.Length != count)
        {
            throw new HopException($"The function call {function} requires {count} arguments, but {args.Length} were given.");
        }
    }

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private static string Text(JsValue[] args, int index) => NullableText(Arg(args, index)) ?? string.Empty;

    private static string? NullableText(JsValue value) =>
        value.IsNull() || value.IsUndefined() ? null : JsConversions.AsText(value);

    private static ValueMeta DateMeta(JsValue[] args) => new("date", HopValueType.Date)
    {
        ConversionMask = args.Length > 1 && !Arg(args, 1).IsNull() ? Text(args, 1) : JavaFormats.DefaultDateMask,
    };

    private static ValueMeta NumberMeta(JsValue[] args) => new("number", HopValueType.Number)
    {
        ConversionMask = args.Length > 1 && !Arg(args, 1).IsNull() ? Text(args, 1) : null,
    };
}
