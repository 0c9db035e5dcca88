/// The one stylesheet, mobile-first, served from memory so a fresh install needs no Public folder.
enum Stylesheet {
    static let path = "/static/asah-1.css"

    static let css = """
        :root{--ink:#1d2733;--muted:#4f5d6b;--line:#d5dce3;--bg:#f6f8fa;--brand:#0b5c8e;--brand-dark:#084569;\
        --ok:#1b6e3a;--warn:#8a5300;--bad:#b3261e}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        a{color:var(--brand)}a:hover{color:var(--brand-dark)}
        header{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.6rem 1rem;background:#fff;\
        border-bottom:1px solid var(--line)}
        .brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:var(--brand)}
        header nav ul{display:flex;flex-wrap:wrap;gap:.25rem .9rem;list-style:none;margin:0;padding:0}
        header nav a{text-decoration:none;padding:.35rem 0;display:inline-block}
        .logout{margin-left:auto;display:flex;align-items:center;gap:.5rem}
        .who{color:var(--muted);font-size:.9rem}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        footer{max-width:72rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
        h1{font-size:1.45rem;margin:.4rem 0 1rem}h2{font-size:1.15rem;margin:1.5rem 0 .6rem}
        .card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:0 0 1rem}
        .grid{display:grid;gap:.8rem;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr))}
        .stat{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.8rem}
        .stat b{display:block;font-size:1.5rem}.stat span{color:var(--muted);font-size:.9rem}
        .field{margin:0 0 .9rem}.field label{display:block;font-weight:600;margin-bottom:.25rem}
        input,select,textarea{font:inherit;width:100%;max-width:32rem;padding:.55rem .6rem;border:1px solid #8a96a3;\
        border-radius:.35rem;background:#fff}
        input[type=file]{padding:.4rem;border-style:dashed}
        .has-error input,.has-error select{border-color:var(--bad)}
        .field-error,.error{color:var(--bad);font-weight:600;margin:.3rem 0 0}
        .hint{color:var(--muted);font-size:.9rem;margin:.25rem 0 0}
        .btn{font:inherit;font-weight:600;background:var(--brand);color:#fff;border:0;border-radius:.35rem;\
        padding:.6rem 1.1rem;cursor:pointer;text-decoration:none;display:inline-block}
        .btn:hover{background:var(--brand-dark);color:#fff}
        .btn-secondary{background:#fff;color:var(--brand);border:1px solid var(--brand)}
        .btn-link{font:inherit;background:none;border:0;color:var(--brand);text-decoration:underline;cursor:pointer;padding:0}
        .actions{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center;margin:.8rem 0}
        table{width:100%;border-collapse:collapse;background:#fff}
        th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
        th{font-size:.85rem;color:var(--muted);font-weight:600}
        .table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:.5rem}
        .nip{font-variant-numeric:tabular-nums;white-space:nowrap}
        .muted{color:var(--muted)}
        .search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:0 0 1rem}
        .search .field{flex:1 1 14rem;margin:0}
        .pager{display:flex;gap:1rem;align-items:center;margin:1rem 0}
        .tree,.tree ul{list-style:none;margin:0;padding-left:1.1rem}.tree{padding-left:0}
        .tree li{padding:.2rem 0}.tree .count{color:var(--muted);font-size:.85rem}
        dl.facts{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:.35rem 1rem;margin:0}
        dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
        .flash{background:#e6f4ea;border:1px solid #a8d5b5;padding:.6rem .8rem;border-radius:.35rem}
        .demo-note{background:#fff6e0;border:1px solid #f0d48a;padding:.5rem .8rem;border-radius:.35rem;font-size:.9rem}
        .bad{color:var(--bad)}.ok{color:var(--ok)}
        .login{max-width:24rem;margin:2rem auto}
        @media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}
        .stack thead{position:absolute;left:-999px}.stack tr{display:block;padding:.5rem 0;border-bottom:1px solid var(--line)}
        .stack td{display:block;border:0;padding:.1rem .6rem}.stack td[data-label]::before{content:attr(data-label) ": ";        color:var(--muted);font-size:.85rem}
        .logout{margin-left:0;width:100%}th,td{padding:.45rem .4rem}}
        .chart{width:100%;max-width:34rem;height:auto;font-size:11px}.chart .grid{stroke:#e3e8ee}
        .chart .axis{fill:var(--muted);text-anchor:middle}.chart .label{fill:var(--ink)}
        .chart .met{fill:#2e7d4f}.chart .gap{fill:#c0392b}.chart .none{fill:var(--muted);font-style:italic}
        .chart .req{stroke:var(--ink);stroke-width:3}
        .legend{font-size:.85rem;color:var(--muted)}.legend span{display:inline-block;width:.8rem;height:.8rem;        vertical-align:middle;margin:0 .3rem 0 .8rem}.legend .met{background:#2e7d4f}.legend .gap{background:#c0392b}        .legend .req{background:var(--ink);width:.25rem}
        .gap-cell{color:var(--bad);font-weight:700}.badge{display:inline-block;padding:.1rem .5rem;border-radius:1rem;        background:#e8eef4;font-size:.85rem}
        .standard-grid{display:grid;gap:0 1rem;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr))}
        .standard-grid .field{display:flex;flex-direction:column;justify-content:flex-end}
        .heatmap th,.heatmap td{text-align:center;padding:.3rem .35rem;font-size:.85rem}.heatmap th[scope=row]{text-align:left}
        .hm{font-weight:700}.g0{background:#d9efe0}.g1{background:#fde7b0}.g2{background:#f6c1bb}.na{background:#eceff2;color:var(--muted)}
        .legend .hm{display:inline-block;width:auto;height:auto;padding:0 .35rem;margin:0 .2rem 0 .6rem}
        .check{display:flex;gap:.6rem;align-items:center}.check input{width:1.3rem;height:1.3rem;flex:none;margin:0}
        .check label{margin:0}
        .session-row{display:grid;gap:0 .8rem;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr))}
        textarea{width:100%;font:inherit;padding:.5rem;border:1px solid var(--line);border-radius:.35rem}
        fieldset{border:1px solid var(--line);border-radius:.5rem;margin:0 0 1rem;padding:.6rem .9rem}
        form.inline{display:inline-block;margin:0 .3rem .3rem 0}.btn-small{padding:.3rem .6rem;font-size:.9rem}
        input.score{width:4.5rem}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        .roll label{display:flex;gap:.6rem;align-items:center;padding:.55rem 0;border-bottom:1px solid var(--line)}
        .roll input{width:1.4rem;height:1.4rem;flex:none}.sign{display:none}
        .certificate{border:6px double var(--ink);padding:2rem 1.5rem;text-align:center;background:#fff}
        .certificate h1{font-size:1.6rem;margin:.2rem 0 1rem}.certificate .who{font-size:1.4rem;font-weight:700}
        @media print{header,footer,.actions,.search,.no-print{display:none}body{background:#fff}.sign{display:table-cell}
        .roll input{display:none}}
        .bar{display:block;width:100%;max-width:40rem;height:.8rem;margin:.4rem 0}.bar-sm{display:inline-block;        vertical-align:middle;width:4.5rem;height:.5rem;margin:0 .5rem 0 0}.nowrap{white-space:nowrap}
        .bar .track{fill:#e3e8ee}.bar .ok{fill:#2e7d4f}.bar .short{fill:#c27c0e}.bar .over{fill:var(--bad)}
        .reminder{border-left:4px solid #c27c0e}.reminder p{margin:.2rem 0}
        .jp-total{font-size:1.6rem;font-weight:700;margin:0}.jp-total span{font-size:1rem;font-weight:400}.jp-status{font-weight:700;margin:.2rem 0}
        .years{display:flex;flex-wrap:wrap;gap:.4rem .9rem;margin:0 0 1rem}.years [aria-current]{font-weight:700;        color:var(--ink);text-decoration:none}
        @media (max-width:40rem){.stack td.empty{display:none}}
        .lesson{max-width:46rem;overflow-wrap:anywhere}.lesson img{max-width:100%;height:auto}.lesson pre{overflow-x:auto}
        .lesson h1{font-size:1.3rem}.lesson h2{font-size:1.15rem}.outline{padding-left:1.3rem}.outline li{padding:.2rem 0}
        .card>h2:first-child,.lesson>:first-child{margin-top:0}
        """
}
