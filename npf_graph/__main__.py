from npf_graph.cli.main import app

app(prog_name="npf-graph")
